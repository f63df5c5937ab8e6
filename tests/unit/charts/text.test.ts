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
