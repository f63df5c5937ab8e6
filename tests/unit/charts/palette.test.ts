import { describe, expect, it } from 'vitest';
import { palettes } from '../../../src/lib/charts/palette';
import { contrast, parseColour, simulate, worstContrast } from '../../../src/lib/colour';

describe('colour arithmetic', () => {
  it('gives WCAG contrast ratios', () => {
    expect(contrast(parseColour('#000000'), parseColour('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrast(parseColour('rgb(178, 54, 31)'), parseColour('#fbf8f3'))).toBeCloseTo(5.76, 1);
  });
  it('keeps luminance in greyscale, and loses red–green difference under protanopia', () => {
    const [r, g, b] = simulate(parseColour('#b2361f'), 'greyscale');
    expect(r).toBe(g);
    expect(g).toBe(b);
    // Pure red and a green of equal luminance look nearly the same to a protanope.
    const red = simulate(parseColour('#ff0000'), 'protanopia');
    expect(red[0]).toBeLessThan(120);
  });
});

describe('the chart palette: a highlight wins on luminance, for every reader', () => {
  for (const [theme, p] of Object.entries(palettes)) {
    for (const hue of ['chart-1', 'chart-2'] as const) {
      it(`${theme}: ${hue} is 3:1 against the context grey and the paper, in every vision`, () => {
        expect(worstContrast(p[hue], p.context).ratio).toBeGreaterThanOrEqual(3);
        expect(worstContrast(p[hue], p['context-2']).ratio).toBeGreaterThanOrEqual(3);
        expect(worstContrast(p[hue], p.paper).ratio).toBeGreaterThanOrEqual(3);
      });
    }
    it(`${theme}: the context grey is quieter than the highlight and than text`, () => {
      expect(contrast(parseColour(p.context), parseColour(p.paper))).toBeLessThan(
        contrast(parseColour(p['chart-1']), parseColour(p.paper)),
      );
      expect(contrast(parseColour(p.context), parseColour(p.paper))).toBeLessThan(2);
    });
    it(`${theme}: links, kickers and buttons are not in a data colour`, () => {
      for (const hue of ['chart-1', 'chart-2', 'chart-3', 'chart-4'] as const) expect(p.accent).not.toBe(p[hue]);
      expect(contrast(parseColour(p.accent), parseColour(p.ink))).toBeLessThan(1.5);
    });
  }
});
