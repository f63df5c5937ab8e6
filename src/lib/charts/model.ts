import { formatFigure, figureLabel, type Figure } from '../figures';
import { formatEnNumber, formatZhNumber } from '../format-number';
import { computeRows, type RowInput, type RowScale } from './rows';
import { rowsMarkup, unitMarkup } from './svg-markup';
import { fillTemplate } from './template';
import { computeUnitGrid, unitGridHeight, type UnitGridInput, type UnitState } from './unit-grid';

type Lang = 'zh' | 'en';

/** The chart spec fields the model needs (content/charts.json, validated by src/schemas/chart.ts). */
export interface ChartSpecLike {
  id: string;
  type: 'rows' | 'unit-grid';
  title: { zh: string; en: string };
  description: { zh: string; en: string };
  steps: { highlight: string[]; state?: UnitState | undefined; zh: string; en: string }[];
  scale?: RowScale;
  rows?: { figure: string; compare?: string | undefined }[];
  perMark?: number;
  total?: string;
  parts?: string[];
  extra?: string;
}

/** Everything needed to draw a chart in one language, plain data that can go to the client as JSON. */
export interface ChartModel {
  id: string;
  lang: Lang;
  type: 'rows' | 'unit-grid';
  title: string;
  description: string;
  steps: { highlight: string[]; state?: UnitState | undefined; text: string }[];
  rows?: { scale: RowScale; inputs: RowInput[]; tags: { main: string; compare: string } };
  unit?: Omit<UnitGridInput, 'width'>;
}

export type FigureLookup = (id: string) => (Figure & { id: string }) | undefined;

/** Turns a chart spec and the ledger into a drawable model; fails on any unknown figure id. */
export function buildChartModel(spec: ChartSpecLike, figures: FigureLookup, lang: Lang, tags: { main: string; compare: string }): ChartModel {
  const get = (id: string) => {
    const figure = figures(id);
    if (!figure) throw new Error(`content/charts.json: chart "${spec.id}" names unknown figure "${id}"`);
    return figure;
  };
  const perMark = spec.perMark ?? 1;
  const resolve = (id: string) => (id === 'per-mark' ? (lang === 'zh' ? formatZhNumber(perMark) : formatEnNumber(perMark)) : formatFigure(get(id), lang));
  const model: ChartModel = {
    id: spec.id,
    lang,
    type: spec.type,
    title: spec.title[lang],
    description: fillTemplate(spec.description[lang], resolve),
    steps: spec.steps.map((s) => ({ highlight: s.highlight.map((id) => get(id).id), state: s.state, text: fillTemplate(s[lang], resolve) })),
  };
  if (spec.type === 'rows' && spec.rows && spec.scale) {
    const inputs = spec.rows.map(({ figure, compare }): RowInput => {
      const main = get(figure);
      const twin = compare ? get(compare) : undefined;
      return {
        id: main.id, label: figureLabel(main, lang), value: main.value, valueText: formatFigure(main, lang),
        compare: twin && { id: twin.id, value: twin.value, valueText: formatFigure(twin, lang) },
      };
    });
    model.rows = { scale: spec.scale, inputs, tags };
  }
  if (spec.type === 'unit-grid' && spec.total && spec.parts && spec.extra) {
    const total = get(spec.total);
    const parts = spec.parts.map(get);
    const extra = get(spec.extra);
    const label = (f: Figure) => `${figureLabel(f, lang)} ${formatFigure(f, lang)}`;
    model.unit = {
      total: total.value / perMark,
      parts: parts.map((p) => p.value / perMark),
      extra: extra.value / perMark,
      labels: { total: label(total), parts: parts.map(label), extra: label(extra) },
    };
  }
  return model;
}

/** Tick labels in the page's number style: 1万, 10万 in Chinese; 10,000, 1 million in English. */
export function formatTick(lang: Lang, value: number): string {
  return lang === 'zh' ? formatZhNumber(value) : formatEnNumber(value);
}

/** The SVG inner markup and height of a chart at a width, in the state of one step. */
export function drawChart(model: ChartModel, width: number, step: number): { markup: string; height: number } {
  const current = model.steps[step] ?? model.steps[0];
  if (model.rows) {
    const layout = computeRows(model.rows.inputs, { width, scale: model.rows.scale, tags: model.rows.tags, formatTick: (v) => formatTick(model.lang, v) });
    return { markup: rowsMarkup(layout, new Set(current?.highlight ?? [])), height: layout.height };
  }
  if (model.unit) {
    const input = { ...model.unit, width };
    const layout = computeUnitGrid(input, current?.state ?? 'total');
    return { markup: unitMarkup(layout), height: unitGridHeight(input) };
  }
  throw new Error(`chart "${model.id}" has neither rows nor units`);
}
