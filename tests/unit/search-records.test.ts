import { describe, expect, it } from 'vitest';
import { figureAliases } from '../../src/lib/search-aliases';
import { figureRecord, type RecordFigure } from '../../src/lib/search-records';

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
    expect(figureAliases(lectures, 'zh')).toEqual(['3.5万余', '3.5万', '3万', '35000']);
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
  it('opens the paragraph that prints the figure and highlights the figure there', () => {
    expect(figureRecord(members, 'en', '/en/union-reform/#p110', 'Union reform', 'en').url).toBe(
      '/en/union-reform/#p110:~:text=4.894%20million',
    );
  });
  it('titles the record with label and figure, adds aliases and opens the passage', () => {
    const record = figureRecord(members, 'zh', '/zh/union-reform/', '工会改革和建设', 'zh-cn');
    expect(record.meta).toEqual({ title: '发展工会会员：489.4万', kind: 'figure', section: '工会改革和建设' });
    expect(record.filters).toEqual({ kind: ['figure'], section: ['工会改革和建设'] });
    expect(record.content).toContain('489万');
    expect(record.url).toBe('/zh/union-reform/#:~:text=489.4%E4%B8%87');
    expect(record.language).toBe('zh-cn');
  });
});
