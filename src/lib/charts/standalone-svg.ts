import { computeRows } from './rows';
import type { ChartModel } from './model';
import { formatTick } from './model';
import { palettes, type Palette } from './palette';
import { escapeXml, rowsMarkup, unitMarkup } from './svg-markup';
import { wrapText } from './text-width';
import { computeUnitGrid } from './unit-grid';

/** The words around a downloaded chart, already in its language. */
export interface StandaloneText {
  kicker: string;
  notes: string[];
  source: string;
  credit: string;
}

// Named system CJK fonts so the file reads well wherever it is opened; the build's PNG renderer
// is given Noto Sans and Noto Sans SC explicitly. English puts a Latin face first so its
// quotation marks are not set full-width.
const cjkFonts = `'Noto Sans SC','Noto Sans CJK SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei','Source Han Sans SC'`;
const fontStacks = { zh: `${cjkFonts},sans-serif`, en: `'Noto Sans','Helvetica Neue',Arial,${cjkFonts},sans-serif` };

// Small print: Chinese is never set below 14px; Latin reads well at 12.
const smallSize = { zh: 14, en: 12 } as const;

/** Inline CSS mirroring src/styles/charts.css, since a downloaded SVG has no page around it. */
function styleSheet(c: Palette, lang: 'zh' | 'en'): string {
  const small = smallSize[lang];
  return [
    `text{font-family:${fontStacks[lang]};font-size:14px;fill:${c.ink}}`,
    `.kicker{font-size:${small}px;font-weight:700;fill:${c.accent}}`,
    `.title{font-size:20px;font-weight:700}`,
    `.note,.source{font-size:${small}px;fill:${c['ink-2']}}`,
    `.tick{stroke:${c.rule};stroke-width:1}`,
    `.tick-label{fill:${c['ink-2']}}`,
    `.track{stroke:${c.rule};stroke-width:1}`,
    `.value{font-weight:700}`,
    `.dot,.bar{fill:${c['chart-1']}}`,
    `.is-compare .dot{fill:${c.paper};stroke:${c['chart-2']};stroke-width:3}`,
    `.is-compare .bar{fill:${c['chart-2']}}`,
    `.unit{fill:${c['ink-2']}}`,
    `.unit[data-group='part-0']{fill:${c['chart-1']}}`,
    `.unit[data-group='part-1']{fill:${c['chart-2']}}`,
    `.unit[data-group='extra']{fill:${c['chart-3']}}`,
    `.unit-label{font-weight:700}`,
  ].join('');
}

/** The chart with every figure shown: all rows highlighted, the unit chart split into its parts. */
function fullChart(model: ChartModel, width: number): { markup: string; height: number } {
  if (model.rows) {
    const layout = computeRows(model.rows.inputs, { width, scale: model.rows.scale, tags: model.rows.tags, formatTick: (v) => formatTick(model.lang, v) });
    const all = new Set(model.rows.inputs.flatMap((r) => [r.id, ...(r.compare ? [r.compare.id] : [])]));
    return { markup: rowsMarkup(layout, all), height: layout.height };
  }
  if (model.unit) {
    // The parts arrangement, with the separate figure (hidden in that step) shown under it.
    const layout = computeUnitGrid({ ...model.unit, width }, 'parts');
    const extras = layout.marks.filter((m) => m.group === 'extra');
    const top = Math.min(...extras.map((m) => m.y));
    const bottom = Math.max(...extras.map((m) => m.y + m.size));
    const shown = {
      ...layout,
      marks: layout.marks.map((m) => (m.group === 'extra' ? { ...m, opacity: 1 } : m)),
      labels: [...layout.labels, { x: 0, y: top - 7, text: model.unit.labels.extra, group: 'extra' as const }],
    };
    return { markup: unitMarkup(shown), height: extras.length ? bottom + 10 : layout.height };
  }
  throw new Error(`chart "${model.id}" has neither rows nor units`);
}

/**
 * A self-contained SVG document of a chart with its title, notes, source and credit, for
 * downloads and the PNG. Colours and fonts are inline because no site CSS comes with it.
 */
export function renderStandaloneSvg(model: ChartModel, text: StandaloneText, width = 640): { svg: string; width: number; height: number } {
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
  line('kicker', text.kicker, small, 4);
  line('title', model.title, 20, 8);
  y += 16;
  // Room on the right for the last tick label, which is centred on the axis end.
  const chart = fullChart(model, inner - 32);
  parts.push(`<g transform="translate(${pad} ${y})">${chart.markup}</g>`);
  y += chart.height + 8;
  // A unit chart needs its key (what one square stands for), which the description gives.
  if (model.unit) line('note', model.description, small, 6);
  for (const note of text.notes) line('note', note, small, 6);
  line('source', text.source, small, 6);
  line('source', text.credit, small, 6);
  const height = Math.ceil(y + pad);
  const c = palettes.light;
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="${model.lang === 'zh' ? 'zh-CN' : 'en'}">`
    + `<title>${escapeXml(model.title)}</title><desc>${escapeXml(model.description)}</desc>`
    + `<style>${styleSheet(c, model.lang)}</style><rect width="${width}" height="${height}" fill="${c.paper}"/>${parts.join('')}</svg>\n`;
  return { svg, width, height };
}
