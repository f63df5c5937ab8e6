import { describe, expect, it } from 'vitest';
import { computeBigrams, computeTerms, searchDocs, type SearchDoc } from '../../src/lib/offline-search';

const docs: SearchDoc[] = [
  { url: 'zh/a/index.html', title: '泰安圆通', text: '泰安圆通快递工会为快递小哥建起暖心驿站。' },
  { url: 'zh/b/index.html', title: '职工服务', text: '工会会员发展489.4万人，快递员入会。' },
  { url: 'en/c/index.html', title: 'Couriers', text: 'The union built rest stations for couriers in Tai’an.' },
  { url: 'en/d/index.html', title: 'Reform', text: 'A reunion of members; union reform went on.' },
];

describe('computeTerms', () => {
  it('keeps Chinese runs whole and splits Latin text into lower-case words', () => {
    expect(computeTerms('泰安 圆通Union, reform!')).toEqual(['泰安', '圆通', 'union', 'reform']);
  });
});

describe('computeBigrams', () => {
  it('returns the overlapping pairs, or the single character', () => {
    expect(computeBigrams('工会会员')).toEqual(['工会', '会会', '会员']);
    expect(computeBigrams('会')).toEqual(['会']);
  });
});

describe('searchDocs', () => {
  it('finds Chinese phrases as substrings, best match first', () => {
    const hits = searchDocs(docs, '快递');
    expect(hits.map((h) => h.doc.url)).toEqual(['zh/a/index.html', 'zh/b/index.html']);
    expect(searchDocs(docs, '圆通快递')[0]?.doc.url).toBe('zh/a/index.html');
  });

  it('matches a Chinese phrase by its character pairs when the words are apart', () => {
    expect(searchDocs(docs, '暖心小哥').map((h) => h.doc.url)).toEqual(['zh/a/index.html']);
  });

  it('matches English by word starts, so reunion is not union', () => {
    expect(searchDocs(docs, 'courier').map((h) => h.doc.url)).toEqual(['en/c/index.html']);
    expect(searchDocs(docs, 'union reform').map((h) => h.doc.url)).toEqual(['en/d/index.html']);
  });

  it('requires every term, and returns nothing for an empty query', () => {
    expect(searchDocs(docs, 'union 泰安')).toEqual([]);
    expect(searchDocs(docs, '  ')).toEqual([]);
  });

  it('gives an excerpt around the first match', () => {
    expect(searchDocs(docs, 'stations')[0]?.excerpt).toContain('rest stations');
  });
});
