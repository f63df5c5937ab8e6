import type { Convert } from './convert';
import { hantUrls } from './page';

// Each simplified-Chinese face an image names, and its traditional counterpart (Taiwan glyphs).
const faces: [string, string][] = [
  ['Noto Sans SC', 'Noto Sans TC'],
  ['Noto Sans CJK SC', 'Noto Sans CJK TC'],
  ['PingFang SC', 'PingFang TC'],
  ['Hiragino Sans GB', 'Hiragino Sans CNS'],
  ['Microsoft YaHei', 'Microsoft JhengHei'],
  ['Source Han Sans SC', 'Source Han Sans TC'],
];

/**
 * A standalone SVG (a chart download, a social card) in the 繁體 edition: its text converted,
 * its links into the 简体 edition pointed at the 繁體 twin, and its fonts the traditional faces,
 * so the characters are drawn in their own shapes.
 */
export function hantSvg(svg: string, convert: Convert, base: string): string {
  let out = hantUrls(convert(svg), base);
  for (const [sc, tc] of faces) out = out.replaceAll(`'${sc}'`, `'${tc}'`);
  return out;
}
