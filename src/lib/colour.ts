/**
 * Colour arithmetic for the contrast rules of the charts: WCAG relative luminance and contrast,
 * and how a colour looks in greyscale and to readers with protanopia or deuteranopia (Machado,
 * Oliveira and Fernandes 2009, full severity, applied in linear RGB).
 */
export type Rgb = readonly [number, number, number];
export type Vision = 'normal' | 'greyscale' | 'protanopia' | 'deuteranopia';
export const visions: readonly Vision[] = ['normal', 'greyscale', 'protanopia', 'deuteranopia'];

/** "#b2361f" or "rgb(178, 54, 31)" as 0–255 channels. */
export function parseColour(colour: string): Rgb {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour.trim());
  if (hex) {
    const n = Number.parseInt(hex[1] ?? '', 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const [r = Number.NaN, g = Number.NaN, b = Number.NaN] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  if ([r, g, b].some(Number.isNaN)) throw new Error(`not a colour: ${colour}`);
  return [r, g, b];
}

const toLinear = (v: number) => {
  const s = v / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const toSrgb = (v: number) => {
  const c = Math.min(1, Math.max(0, v));
  return 255 * (c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055);
};

const matrices: Record<'protanopia' | 'deuteranopia', number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

/** WCAG 2 relative luminance. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** A colour as a reader with the given vision sees it. */
export function simulate(rgb: Rgb, vision: Vision): Rgb {
  if (vision === 'normal') return rgb;
  if (vision === 'greyscale') {
    const grey = toSrgb(luminance(rgb));
    return [grey, grey, grey];
  }
  const lin = rgb.map(toLinear);
  const m = matrices[vision];
  return m.map((row) => toSrgb(row.reduce((sum, k, i) => sum + k * (lin[i] ?? 0), 0))) as unknown as Rgb;
}

/** WCAG 2 contrast ratio of two colours, 1–21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** The lowest contrast of two colours across every vision. */
export function worstContrast(a: string, b: string): { ratio: number; vision: Vision } {
  return visions
    .map((vision) => ({ vision, ratio: contrast(simulate(parseColour(a), vision), simulate(parseColour(b), vision)) }))
    .reduce((low, next) => (next.ratio < low.ratio ? next : low));
}
