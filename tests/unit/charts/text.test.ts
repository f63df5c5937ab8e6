import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from '../../../src/lib/charts/text-width';
import { escapeXml } from '../../../src/lib/charts/svg';
import { fillTemplate, templateIds } from '../../../src/lib/charts/template';

describe('text measurement and wrapping', () => {
  it('counts Chinese characters as a full em and Latin as narrower, capitals wider, bold wider still', () => {
    expect(estimateTextWidth('工匠学院', 14)).toBe(56);
    expect(estimateTextWidth('abcd', 10)).toBeCloseTo(24.2);
    expect(estimateTextWidth('ABCD', 10)).toBeCloseTo(28.7);
    expect(estimateTextWidth('mmmm', 10)).toBeGreaterThan(estimateTextWidth('iiii', 10) * 3);
    expect(estimateTextWidth('abcd', 10, true)).toBeGreaterThan(estimateTextWidth('abcd', 10));
  });
  it('wraps English at spaces and Chinese anywhere', () => {
    expect(wrapText('Union labour-law supervision organisations', 150, 14)).toEqual(['Union labour-law', 'supervision', 'organisations']);
    expect(wrapText('全省建立工会劳动法律监督组织', 70, 14)).toEqual(['全省建立工', '会劳动法律', '监督组织']);
  });
  it('never starts a line with closing punctuation or ends one with opening punctuation (禁则)', () => {
    // Before: ['截至目前', '，全省建', '成工会驿', '站']: a comma opening the second line.
    expect(wrapText('截至目前，全省建成工会驿站', 56, 14)).toEqual(['截至目', '前，全省', '建成工会', '驿站']);
    // Before: ['累计培训（', '截至目前）']: an opening bracket ending a line, then a closing one opening the next.
    expect(wrapText('累计培训（截至目前）', 70, 14)).toEqual(['累计培训', '（截至目', '前）']);
    // Before: ['“大国工匠', '”19名、全', '国最多'].
    expect(wrapText('“大国工匠”19名、全国最多', 70, 14)).toEqual(['“大国工', '匠”19', '名、全国最', '多']);
    // A dash or ellipsis pair is never split and never opens a line.
    expect(wrapText('一二三——四五', 56, 14)).toEqual(['一二', '三——四', '五']);
    // English: a lone dash or closing quote moves down with the word before it.
    expect(wrapText('Workers first — always', 100, 14)).toEqual(['Workers', 'first — always']);
  });
  it('never splits a number or a Latin word inside Chinese text', () => {
    // Before: ['发展会员4', '89.4万人'].
    expect(wrapText('发展会员489.4万人', 70, 14)).toEqual(['发展会员', '489.4万人']);
  });
  it('keeps a line with one token even when the next starts with closing punctuation', () => {
    expect(wrapText('一，', 14, 14)).toEqual(['一', '，']);
  });
  it('keeps a short label on one line', () => {
    expect(wrapText('Care', 300, 14)).toEqual(['Care']);
  });
});

describe('chart text templates', () => {
  it('fills figure placeholders', () => {
    expect(fillTemplate('发展工会会员{members-new}人', (id) => (id === 'members-new' ? '489.4万' : undefined))).toBe(
      '发展工会会员489.4万人',
    );
  });
  it('refuses an unknown figure instead of printing a gap', () => {
    expect(() => fillTemplate('{nope}', () => undefined)).toThrow(/unknown figure \{nope\}/);
  });
  it('lists the ids a text uses', () => {
    expect(templateIds('{a} and {b-c}')).toEqual(['a', 'b-c']);
  });
  it('escapes text for SVG', () => {
    expect(escapeXml('A & B <C> "D"')).toBe('A &amp; B &lt;C&gt; &quot;D&quot;');
  });
});
