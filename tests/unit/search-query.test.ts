import { describe, expect, it } from 'vitest';
import { bestHighlight, moveIndex, normaliseQuery, passageUrl, readSearchState, writeSearchState } from '../../src/lib/search-query';
import { isSearchKind, pagefindPair } from '../../src/lib/search-meta';

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

describe('landing on the passage', () => {
  it('takes the longest run of adjacent highlights from an excerpt', () => {
    expect(bestHighlight('名单，<mark>工匠</mark><mark>学院</mark>和<mark>工匠</mark>')).toBe('工匠学院');
    expect(bestHighlight('170<mark>万</mark>、会员<mark>489.4</mark><mark>万人</mark>')).toBe('489.4万人');
    expect(bestHighlight('no marks')).toBeUndefined();
  });
  it('adds a text fragment, after a heading anchor when there is one', () => {
    expect(passageUrl('/zh/union-reform/', '489.4万')).toBe('/zh/union-reform/#:~:text=489.4%E4%B8%87');
    expect(passageUrl('/en/x/#story-a', 'new-employment')).toBe('/en/x/#story-a:~:text=new%2Demployment');
    expect(passageUrl('/en/x/', undefined)).toBe('/en/x/');
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
