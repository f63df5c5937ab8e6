import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fontCodePoints } from '../../src/lib/font-cmap';

const require = createRequire(import.meta.url);
const font = (file: string) => new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/${file}`)));

describe('fontCodePoints', () => {
  it('reads what Noto Sans SC can draw, and what it cannot', () => {
    const points = fontCodePoints(font('noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'));
    for (const c of '工会会员489.4万，“”') expect(points.has(c.codePointAt(0) ?? 0), c).toBe(true);
    // An emoji and a private-use character: the social cards would print blank gaps for them.
    expect(points.has(0x1f600)).toBe(false);
    expect(points.has(0xe000)).toBe(false);
  });
  it('reads the Latin font too, which has no Chinese', () => {
    const points = fontCodePoints(font('noto-sans/400Regular/NotoSans_400Regular.ttf'));
    expect(points.has('A'.codePointAt(0) ?? 0)).toBe(true);
    expect(points.has('工'.codePointAt(0) ?? 0)).toBe(false);
  });
});
