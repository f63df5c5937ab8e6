import { describe, expect, it } from 'vitest';
import { excerpt, matchedWords } from '../../../src/lib/search/excerpt';

describe('excerpt', () => {
  const long = `${'甲'.repeat(100)}快递员${'乙'.repeat(100)}`;
  it('shows the text around the first match, marked, with ellipses where it is cut', () => {
    const parts = excerpt(long, [[100, 103]], 'zh');
    expect(parts[0]).toEqual({ text: '…', mark: false });
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['快递员']);
    expect(parts.at(-1)).toEqual({ text: '…', mark: false });
    expect(parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(76);
  });
  it('shows the opening when nothing in the text matched', () => {
    expect(excerpt('短文本', [], 'zh')).toEqual([{ text: '短文本', mark: false }]);
  });
  it('cuts English at spaces', () => {
    const text = `${'word '.repeat(60)}courier ${'more '.repeat(60)}`.trim();
    const at = text.indexOf('courier');
    const shown = excerpt(text, [[at, at + 7]], 'en').map((p) => p.text);
    expect(shown[1]?.startsWith('word')).toBe(true);
    expect(shown.at(-2)?.endsWith('more')).toBe(true);
  });
});

describe('matchedWords', () => {
  it('gives each matched string once', () => {
    expect(
      matchedWords('会员和会员', [
        [0, 2],
        [3, 5],
      ]),
    ).toEqual(['会员']);
  });
});
