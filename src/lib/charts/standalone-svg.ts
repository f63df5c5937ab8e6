import type { Lang } from '../figures';
import { DOWNLOAD_WIDTH } from './dimensions';
import { palettes, type Palette } from './palette';
import { chartStyleRules, drawWholeChart, type ChartModel } from './registry';
import { downloadCss } from './styles';
import { escapeXml } from './svg';
import { wrapText } from './text-width';

/** The words around a downloaded chart, already in its language. */
export interface StandaloneText {
  notes: string[];
  source: string;
  credit: string;
}

// Named system CJK fonts so the file reads well wherever it is opened; the build's PNG renderer
// is given Noto Sans and Noto Sans SC explicitly. English puts a Latin face first so its
// quotation marks are not set full-width.
const cjkFonts = `'Noto Sans SC','Noto Sans CJK SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei','Source Han Sans SC'`;
const fontStacks: Record<Lang, string> = { zh: `${cjkFonts},sans-serif`, en: `'Noto Sans','Helvetica Neue',Arial,${cjkFonts},sans-serif` };

// Small print: Chinese is never set below 14px; Latin reads well at 12.
const smallSize = { zh: 14, en: 12 } as const;

/**
 * The styles of a file that has no page around it: its own frame text (kicker, title, notes),
 * then the marks as every chart type declares them (./styles.ts), in the highlighted state.
 */
export function chartStyles(c: Palette, lang: Lang): string {
  const small = smallSize[lang];
  return [
    `text{font-family:${fontStacks[lang]}}`,
    downloadCss(chartStyleRules, c),
    `.kicker{font-size:${small}px;font-weight:700;fill:${c.accent}}`,
    `.title{font-size:20px;font-weight:700}`,
    `.note,.source,.key{font-size:${small}px;fill:${c['ink-2']}}`,
  ].join('');
}

/**
 * A self-contained SVG document of a chart with its title, key, notes, source and credit, for
 * downloads and the PNG. Colours and fonts are inline because no site CSS comes with it.
 */
/** A key's swatch: a filled square, an arrow ("more than"), or a dashed outline (a bound). */
function swatchSvg(
  kind: NonNullable<ChartModel['keys'][number]['swatch']>,
  x: number,
  y: number,
  size: number,
  colour: string,
): { markup: string; width: number } {
  if (kind === 'square')
    return { markup: `<rect class="swatch" x="${x}" y="${y}" width="${size}" height="${size}" fill="${colour}"/>`, width: size };
  if (kind === 'more') {
    const w = size + 4;
    const m = y + size / 2;
    return {
      markup: `<path class="swatch" d="M${x} ${m - 1}h${w * 0.6}v-${size * 0.35}l${w * 0.4} ${size * 0.35 + 1}l-${w * 0.4} ${size * 0.35 + 1}v-${size * 0.35}h-${w * 0.6}z" fill="${colour}"/>`,
      width: w,
    };
  }
  const w = kind === 'under' ? size * 1.6 : size;
  return {
    markup: `<rect class="swatch" x="${x + 1}" y="${y + 1}" width="${w - 2}" height="${size - 2}" fill="none" stroke="${colour}" stroke-width="2" stroke-dasharray="3 2"/>`,
    width: w,
  };
}

export function renderStandaloneSvg(
  model: ChartModel,
  text: StandaloneText,
  width = DOWNLOAD_WIDTH,
): { svg: string; width: number; height: number } {
  const pad = 20;
  const inner = width - pad * 2;
  const parts: string[] = [];
  let y = pad;
  const line = (cls: string, content: string, size: number, gap: number) => {
    for (const row of wrapText(content, inner, size)) {
      y += size + gap;
      parts.push(`<text class="${cls}" x="${pad}" y="${y}">${escapeXml(row)}</text>`);
    }
  };
  const small = smallSize[model.lang];
  line('kicker', model.kicker, small, 4);
  line('title', model.title, 20, 8);
  for (const key of model.keys) {
    // The key's mark as the chart draws it (as the page's key does: a square, an arrow, a
    // dashed outline), then its words beside it.
    const swatch = key.swatch ? swatchSvg(key.swatch, pad, y + 6, small - 2, palettes.light['chart-1']) : undefined;
    if (swatch) parts.push(swatch.markup);
    const before = parts.length;
    line('key', key.text, small, 6);
    if (swatch) parts.slice(before).forEach((el, i) => (parts[before + i] = el.replace(`x="${pad}"`, `x="${pad + swatch.width + 6}"`)));
  }
  y += 12;
  const chart = drawWholeChart(model, inner);
  parts.push(`<g transform="translate(${pad} ${y})">${chart.markup}</g>`);
  y += chart.height + 8;
  for (const note of text.notes) line('note', note, small, 6);
  line('source', text.source, small, 6);
  line('source', text.credit, small, 6);
  const height = Math.ceil(y + pad);
  const c = palettes.light;
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="${model.lang === 'zh' ? 'zh-CN' : 'en'}">` +
    `<title>${escapeXml(model.title)}</title><desc>${escapeXml(model.description)}</desc>` +
    `<style>${chartStyles(c, model.lang)}</style><rect width="${width}" height="${height}" fill="${c.paper}"/>${parts.join('')}</svg>\n`;
  return { svg, width, height };
}
