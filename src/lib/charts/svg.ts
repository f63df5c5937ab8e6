import { estimateTextWidth, wrapText } from './text-width';

/** Escapes text for SVG markup. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** Rounds a coordinate to a tenth of a pixel, which keeps markup short and snapshots stable. */
export const r = (n: number): number => Math.round(n * 10) / 10;

/** The font sizes charts are drawn with: Chinese is never below 14px. */
export const fontSize = 14;
export const lineHeight = 19;

/**
 * Text wrapped to a width as one <text> with a <tspan> per line; returns the markup and the
 * height it takes. `y` is the first baseline.
 */
export function textBlock(
  text: string,
  x: number,
  y: number,
  width: number,
  attrs: string,
  size = fontSize,
  bold = false,
): { markup: string; height: number; lines: number } {
  const lines = wrapText(text, width, size, bold);
  const step = Math.round(size * 1.35);
  const spans = lines.map((line, i) => `<tspan x="${r(x)}" y="${r(y + i * step)}">${escapeXml(line)}</tspan>`).join('');
  return { markup: `<text ${attrs}>${spans}</text>`, height: lines.length * step, lines: lines.length };
}

/** True when a single-line text fits between x and a right edge. */
export function fits(text: string, x: number, right: number, size = fontSize, bold = false): boolean {
  return x + estimateTextWidth(text, size, bold) <= right;
}
