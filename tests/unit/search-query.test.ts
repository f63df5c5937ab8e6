import { describe, expect, it } from 'vitest';
import { landingUrl, moveIndex, normaliseQuery, readHighlight, readSearchState, writeSearchState } from '../../src/lib/search/query';
import { isSearchKind, pagefindPair } from '../../src/lib/search/meta';

describe('normaliseQuery', () => {
  it('turns full-width letters and digits into ASCII', () => {
    expect(normaliseQuery('齐鲁工惠ＡＰＰ')).toBe('齐鲁工惠APP');
    expect(normaliseQuery('４８９万')).toBe('489万');
  });
  it('drops the quotes the article puts around names and collapses spaces', () => {
    expect(normaliseQuery('  “齐鲁工惠”   App ')).toBe('齐鲁工惠 App');
  });
});

describe('search state in the URL', () => {
  it('reads the query, kind and section', () => {
    expect(readSearchState('?q=%E5%B7%A5%E5%8C%A0&kind=story&section=x')).toEqual({ q: '工匠', kind: 'story', section: 'x' });
  });
  it('ignores kinds it does not know', () => {
    expect(readSearchState('?kind=nonsense').kind).toBeUndefined();
  });
  it('writes a shareable query string and nothing for an empty search', () => {
    expect(writeSearchState({ q: '489万', kind: 'figure' })).toBe('?q=489%E4%B8%87&kind=figure');
    expect(writeSearchState({ q: '' })).toBe('');
  });
  it('round-trips', () => {
    const state = { q: 'craftsman college', kind: 'section' as const, section: 'Making contributions' };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });
});

describe('landingUrl and readHighlight', () => {
  it('puts the matched words before the anchor, so the anchor still scrolls without JavaScript', () => {
    expect(landingUrl('/zh/union-reform/#p110', ['489.4万', '会员'])).toBe('/zh/union-reform/?hl=489.4%E4%B8%87%7C%E4%BC%9A%E5%91%98#p110');
    expect(landingUrl('zh/x/index.html', ['Ele.me'])).toBe('zh/x/index.html?hl=Ele.me');
    expect(landingUrl('/en/x/#p1', [])).toBe('/en/x/#p1');
  });
  it('reads the words back, and bounds what a hand-written URL can ask for', () => {
    expect(readHighlight('?hl=489.4%E4%B8%87%7C%E4%BC%9A%E5%91%98')).toEqual(['489.4万', '会员']);
    expect(readHighlight('?hl=' + encodeURIComponent(['a', 'a', ' ', 'x'.repeat(65)].join('|')))).toEqual(['a']);
    expect(readHighlight('?q=x')).toEqual([]);
  });
});

describe('moveIndex', () => {
  it('moves down and up through the results and back to the search box', () => {
    expect(moveIndex(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveIndex(2, 3, 'ArrowDown')).toBe(2);
    expect(moveIndex(0, 3, 'ArrowUp')).toBe(-1);
    expect(moveIndex(1, 3, 'End')).toBe(2);
  });
  it('stays in the search box when there are no results', () => {
    expect(moveIndex(-1, 0, 'ArrowDown')).toBe(-1);
  });
});

describe('pagefind attributes', () => {
  it('escapes separators inside values', () => {
    expect(pagefindPair('section', 'Rights, services: all')).toBe('section:Rights\\, services\\: all');
  });
  it('knows the result kinds', () => {
    expect(isSearchKind('chart')).toBe(true);
    expect(isSearchKind('blog')).toBe(false);
  });
});
