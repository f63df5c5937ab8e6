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
    // The key's square in the marks' own colour, then its words.
    if (key.swatch)
      parts.push(
        `<rect class="swatch" x="${pad}" y="${y + 6}" width="${small - 2}" height="${small - 2}" fill="${palettes.light['chart-1']}"/>`,
      );
    const before = parts.length;
    line('key', key.text, small, 6);
    if (key.swatch === 'square')
      parts.slice(before).forEach((el, i) => (parts[before + i] = el.replace(`x="${pad}"`, `x="${pad + small + 4}"`)));
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
