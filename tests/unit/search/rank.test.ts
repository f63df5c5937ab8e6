import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/lib/search/match';
import { rankRecords } from '../../../src/lib/search/rank';
import type { SearchRecord } from '../../../src/lib/search/record';
import { presentResults } from '../../../src/lib/search/results';

const record = (url: string, text: string, extra: Partial<SearchRecord> = {}): SearchRecord => ({
  url,
  kind: 'section',
  block: 'paragraph',
  title: 'T',
  text,
  signposts: [],
  ...extra,
});

const urls = (q: string, records: SearchRecord[]) => {
  const { best, partial } = rankRecords(parseQuery(q), records);
  return { best: best.map((r) => r.record.url), partial: partial.map((r) => r.record.url) };
};

describe('rankRecords', () => {
  it('puts the exact phrase first, then the words found apart', () => {
    const records = [record('#apart', '工会组织发展了很多新会员'), record('#phrase', '发展工会会员489.4万人')];
    expect(urls('工会会员', records).best).toEqual(['#phrase', '#apart']);
  });
  it('leaves out a record that shares one character when something better exists', () => {
    const records = [record('#noise', '动员会员参加'), record('#real', '泰安圆通快递工会成立')];
    expect(urls('快递', records)).toEqual({ best: ['#real'], partial: [] });
  });
  it('shows partial matches, marked as such, only when nothing matches every word', () => {
    const records = [record('#noise', '动员会员参加')];
    expect(urls('快递员', records)).toEqual({ best: [], partial: ['#noise'] });
    expect(presentResults(parseQuery('快递员'), records, 'zh', 10).partial).toBe(true);
  });
  it('finds a passage by a reader’s word for it, and shows the passage, marking the term it stands for', () => {
    const courier = record('#p106', '新就业形态劳动者分布散、流动快', {
      signposts: [{ words: ['外卖骑手', '快递员'], focus: '新就业形态劳动者', scope: 'term' }],
    });
    const { items } = presentResults(parseQuery('外卖骑手'), [record('#other', '其他段落'), courier], 'zh', 10);
    expect(items.map((i) => i.record.url)).toEqual(['#p106']);
    expect(items[0]?.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(['新就业形态劳动者']);
    expect(items[0]?.excerpt.map((p) => p.text).join('')).not.toContain('外卖骑手');
    expect(items[0]?.href).toBe(`?hl=${encodeURIComponent('新就业形态劳动者')}#p106`);
  });
  it('answers a figure typed as printed with the figure, one result per passage', () => {
    const text = '发展工会会员489.4万人';
    const figure = record('#p110', text, {
      kind: 'figure',
      block: 'figure',
      title: '发展工会会员：489.4万',
      signposts: [{ words: ['489.4万', '489万'], focus: '489.4万', scope: 'passage' }],
    });
    const ranked = rankRecords(parseQuery('489万'), [record('#p110', text), figure]).best;
    expect(ranked.map((r) => r.record.block)).toEqual(['figure']);
    expect(rankRecords(parseQuery('489.4万'), [record('#p110', text), figure]).best.map((r) => r.record.block)).toEqual(['figure']);
  });
  it('ranks the article before About and other pages', () => {
    const records = [record('#about', 'Ele.me is a platform', { kind: 'page' }), record('#p106', 'agents of Ele.me set up unions')];
    expect(urls('Ele.me', records).best[0]).toBe('#p106');
  });
});
