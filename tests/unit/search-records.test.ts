import { describe, expect, it } from 'vitest';
import { figureAliases } from '../../src/lib/search/aliases';
import { figureRecord, type RecordFigure } from '../../src/lib/search/figure-record';

const members: RecordFigure = {
  id: 'members-new',
  value: 4894000,
  unit: 'people',
  qualifier: 'exact',
  theme: 'union-reform',
  zh: { text: '489.4万', label: '发展工会会员' },
  en: { label: 'New union members' },
};
const lectures: RecordFigure = {
  id: 'lectures-events',
  value: 35000,
  unit: 'events',
  qualifier: 'more-than',
  theme: 'political-guidance',
  zh: { text: '3.5万余', label: '开展宣讲' },
  en: { label: 'Lecture events' },
};

describe('figureAliases', () => {
  it('gives the printed, rounded and plain Chinese forms', () => {
    expect(figureAliases(members, 'zh')).toEqual(['489.4万', '489万', '4894000']);
  });
  it('drops qualifier characters readers do not type', () => {
    expect(figureAliases(lectures, 'zh')).toEqual(['3.5万余', '3.5万', '3万', '4万', '35000']);
  });
  it('gives the English forms with and without separators', () => {
    expect(figureAliases(members, 'en')).toEqual(['4.894 million', '4,894,000', '4894000']);
    expect(figureAliases(lectures, 'en')).toEqual(['more than 35,000', '35,000', '35000']);
  });
  it('keeps percentages as percentages', () => {
    expect(figureAliases({ ...members, value: 80, unit: 'percent', qualifier: 'over', zh: { text: '超80%' } }, 'zh')).toEqual([
      '超80%',
      '80%',
    ]);
  });
});

describe('figureRecord', () => {
  const place = { url: '/zh/union-reform/#p110', text: '全省新建工会组织5.59万个，发展工会会员489.4万人。', section: '工会改革和建设' };
  it('titles the record with label and printed figure and keeps its period, opening the paragraph that prints it', () => {
    const record = figureRecord(members, 'zh', place, '“十四五”时期');
    expect(record).toMatchObject({
      // Its own URL (Pagefind keeps one record per URL), landing on the paragraph with the figure marked.
      url: `/zh/union-reform/?hl=${encodeURIComponent('489.4万')}#p110`,
      kind: 'figure',
      block: 'figure',
      title: '发展工会会员：489.4万',
      period: '“十四五”时期',
    });
    expect(record.text).toBe(place.text);
  });
  it('is found by the forms readers type, and marks the printed figure', () => {
    const [signpost] = figureRecord(members, 'zh', place, '“十四五”时期').signposts;
    expect(signpost?.words).toEqual(expect.arrayContaining(['489.4万', '489万', '4894000', '发展工会会员']));
    expect(signpost?.focus).toBe('489.4万');
  });
  it('keeps the qualifier in the English title', () => {
    expect(figureRecord(lectures, 'en', { ...place, url: '/en/political-guidance/#p45' }, '14th Five-Year Plan period').title).toBe(
      'Lecture events: more than 35,000',
    );
  });
});
