import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js/cn2t';
import { hantRecord } from '../../../src/lib/search/hant-record';
import { conversionMap, mapChars } from '../../../src/lib/search/traditional';
import type { SearchRecord } from '../../../src/lib/search/record';

const convert = Converter({ from: 'cn', to: 'tw' });

describe('hantRecord', () => {
  const record: SearchRecord = {
    url: '/zh/union-reform/?hl=489.4%E4%B8%87#p110',
    kind: 'figure',
    block: 'figure',
    title: '发展工会会员：489.4万',
    heading: '深化改革',
    section: '工会改革',
    text: '发展工会会员489.4万人',
    signposts: [{ words: ['外送员'], focus: '新就业形态劳动者', scope: 'term' }],
  };
  const hant = hantRecord(record, convert);
  it('opens the same passage on the twin page, marking the converted words', () => {
    expect(hant.url).toBe('/zh-hant/union-reform/?hl=489.4%E8%90%AC#p110');
  });
  it('converts every word, readers’ words included', () => {
    expect(hant.title).toBe('發展工會會員：489.4萬');
    expect(hant.text).toBe('發展工會會員489.4萬人');
    expect(hant.heading).toBe('深化改革');
    expect(hant.signposts[0]).toEqual({ words: ['外送員'], focus: '新就業形態勞動者', scope: 'term' });
    expect(hant.period).toBeUndefined();
  });
});

describe('conversionMap', () => {
  it('maps each character the conversion changes to the form it writes most', () => {
    const map = conversionMap('工会会员发展', '工會會員發展');
    expect(map).toEqual({ 会: '會', 员: '員', 发: '發' });
    expect(mapChars('工会会员', map)).toBe('工會會員');
  });
  it('refuses texts that do not line up', () => {
    expect(() => conversionMap('会员', '會')).toThrow(/as many characters/);
  });
});
