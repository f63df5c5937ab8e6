import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js/cn2t';
import { roundTripDifferences, traditionalConverter } from '../../../src/lib/traditional/convert';
import { hantNumerals } from '../../../src/lib/traditional/numerals';

const s2tw = Converter({ from: 'cn', to: 'tw' });

describe('traditionalConverter', () => {
  it('converts characters to the Taiwan standard without rewriting vocabulary', () => {
    const convert = traditionalConverter(s2tw, []);
    expect(convert('工会会员489.4万')).toBe('工會會員489.4萬');
    // 信息 stays 信息 (a phrase table would make it 資訊).
    expect(convert('信息')).toBe('信息');
  });
  it('puts a reviewed override where OpenCC picks the wrong character, and only there', () => {
    expect(s2tw('新时代新征程')).toBe('新時代新徵程');
    const convert = traditionalConverter(s2tw, [{ zh: '新征程', hant: '新征程' }]);
    expect(convert('新时代新征程，征收')).toBe('新時代新征程，徵收');
  });
  it('lets the longer of two overlapping overrides win', () => {
    const convert = traditionalConverter(s2tw, [
      { zh: '布局', hant: '布局' },
      { zh: '谋篇布局', hant: '謀篇佈局' },
    ]);
    expect(convert('谋篇布局，布局')).toBe('謀篇佈局，布局');
  });
  it('refuses an override whose two texts differ in length', () => {
    expect(() => traditionalConverter(s2tw, [{ zh: '了解', hant: '瞭' }])).toThrow(/as many characters/);
  });
});

describe('roundTripDifferences', () => {
  it('names each character that came back different, with its context', () => {
    expect(roundTripDifferences('工会会员', '工会会员')).toEqual([]);
    expect(roundTripDifferences('发展会员', '髮展会员')).toEqual(['发 came back as 髮 in “发展会员”']);
    expect(roundTripDifferences('一二', '一')).toEqual(['lengths differ: 2 and 1 characters']);
  });
});

describe('hantNumerals', () => {
  it('writes the chart code’s own 万 and 亿 in 繁體, and nothing else', () => {
    expect(hantNumerals('<text>36.13万</text><text>11.3亿</text><text>余</text>')).toBe(
      '<text>36.13萬</text><text>11.3億</text><text>余</text>',
    );
  });
});
