import { scaleLinear, scaleLog } from 'd3-scale';
import type { RowsSpec } from '../../../schemas/chart';
import { figureLabel, formatFigure, type Figure, type Lang } from '../../figures';
import { formatEnNumber, formatZhNumber } from '../../format-number';
import type { StyleRule } from '../styles';
import type { BaseModel, ChartProblem, ChartType, Drawn, ModelContext } from '../chart-type';
import { baseModel, commonRefs, highlightProblems, periodTag } from '../common';
import { escapeXml, fontSize, r, textBlock } from '../svg';
import { estimateTextWidth } from '../text-width';

/** One mark: a figure's bar or dot, with its value label. */
export interface MarkModel {
  id: string;
  value: number;
  valueText: string;
}

/** One row: a figure and, where the article contradicts itself, the other figure beside it. */
export interface RowModel {
  label: string;
  marks: MarkModel[];
}

/** A panel: rows in one unit on one scale; a panel of one figure is drawn as a number. */
export interface PanelModel {
  heading: string;
  scale: 'log' | 'linear';
  rows: RowModel[];
}

export interface RowsModel extends BaseModel {
  type: 'rows';
  panels: PanelModel[];
}

const PAD = 2;
const BAR = 10;
const AXIS = 24;

/** Power-of-ten domain that contains every value, so a log axis reads in whole orders of magnitude. */
export function logDomain(values: number[]): [number, number] {
  const positive = values.filter((v) => v > 0);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  return [lo, hi === lo ? lo * 10 : hi];
}

const tickText = (lang: Lang, value: number) => (lang === 'zh' ? formatZhNumber(value) : formatEnNumber(value));

/**
 * Tick positions along a panel's axis. A label is dropped when it would run into the one
 * before it; the first and last are anchored inside the chart so they are never cut off.
 */
export function computeTicks(values: number[], x: (v: number) => number, lang: Lang, left: number, right: number) {
  let lastRight = -Infinity;
  return values.map((value, i) => {
    const label = tickText(lang, value);
    const width = estimateTextWidth(label, fontSize);
    const at = x(value);
    const anchor: 'start' | 'middle' | 'end' = at - width / 2 < left ? 'start' : at + width / 2 > right ? 'end' : 'middle';
    const start = anchor === 'start' ? at : anchor === 'end' ? at - width : at - width / 2;
    const show = start > lastRight + 6 && (i === 0 || start >= left);
    if (show) lastRight = start + width;
    return { x: at, label, anchor, show };
  });
}

function panelScale(panel: PanelModel, left: number, right: number) {
  const values = panel.rows.flatMap((row) => row.marks.map((m) => m.value));
  if (panel.scale === 'log') return scaleLog().domain(logDomain(values)).range([left, right]);
  return scaleLinear()
    .domain([0, Math.max(...values)])
    .range([left, right]);
}

/** Below this width (phones) a step shows only the panels holding its figures, so the pinned graphic stays short. */
export const FOCUS_WIDTH = 520;

/**
 * Lays out and draws the panels at a width. A label wraps to the width on its own line, with
 * its value beside it when both fit and on a line of its own when not, so nothing is cut off
 * at 320px. Highlighted marks carry is-on.
 * @param shown the panels to draw (all of them, or on a phone those of the step)
 */
export function drawRows(
  model: RowsModel,
  width: number,
  on: ReadonlySet<string>,
  shown: ReadonlySet<number> = new Set(model.panels.keys()),
): Drawn {
  const left = PAD;
  const right = width - PAD;
  const inner = right - left;
  const parts: string[] = [];
  let y = 0;
  for (const [p, panel] of model.panels.entries()) {
    if (!shown.has(p)) continue;
    if (parts.length) y += 14;
    const heading = textBlock(panel.heading, left, y + fontSize, inner, `class="panel-heading" data-key="panel-${p}"`, fontSize, true);
    parts.push(heading.markup);
    y += heading.height + 4;
    const single = panel.rows.length === 1 && panel.rows[0]?.marks.length === 1;
    if (single) {
      // One figure in its own unit: printed as a number, since a lone bar compares nothing.
      const row = panel.rows[0];
      const mark = row?.marks[0];
      if (!row || !mark) continue;
      const state = on.has(mark.id) ? 'is-on' : 'is-off';
      const value = textBlock(mark.valueText, left, y + 22, inner, 'class="stat-value"', 22, true);
      const label = textBlock(row.label, left, y + value.height + fontSize + 2, inner, 'class="row-label"');
      parts.push(
        `<g class="mark stat ${state}" data-fig="${escapeXml(mark.id)}" data-key="fig-${escapeXml(mark.id)}">${value.markup}${label.markup}</g>`,
      );
      y += value.height + label.height + 8;
      continue;
    }
    const x = panelScale(panel, left, right);
    const ticks = computeTicks(
      panel.scale === 'log' ? x.ticks().filter((v) => Number.isInteger(Math.log10(v))) : x.ticks(4),
      x,
      model.lang,
      left,
      right,
    );
    const axisTop = y;
    y += AXIS;
    const rows: string[] = [];
    for (const row of panel.rows) {
      const alone = row.marks.length === 1 ? row.marks[0] : undefined;
      // Label and value on one line when both fit; otherwise the value gets a line of its own.
      const together = alone && estimateTextWidth(row.label, fontSize) + 12 + estimateTextWidth(alone.valueText, fontSize, true) <= inner;
      const label = textBlock(
        row.label,
        left,
        y + fontSize,
        together ? inner - estimateTextWidth(alone.valueText, fontSize, true) - 12 : inner,
        'class="row-label"',
      );
      rows.push(label.markup);
      const labelTop = y;
      y += label.height + 2;
      for (const [m, mark] of row.marks.entries()) {
        const state = on.has(mark.id) ? 'is-on' : 'is-off';
        const kind = m > 0 ? ' is-compare' : '';
        let value: string;
        if (together) {
          value = `<text class="value" x="${r(right)}" y="${r(labelTop + fontSize)}" text-anchor="end">${escapeXml(mark.valueText)}</text>`;
        } else {
          const block = textBlock(mark.valueText, left, y + fontSize, inner, 'class="value"', fontSize, true);
          value = block.markup;
          y += block.height;
        }
        const end = x(mark.value);
        const shape =
          panel.scale === 'log'
            ? `<line class="track" x1="${r(left)}" x2="${r(right)}" y1="${r(y + BAR / 2)}" y2="${r(y + BAR / 2)}"/><circle class="dot" cx="${r(end)}" cy="${r(y + BAR / 2)}" r="6"/>`
            : `<rect class="bar" x="${r(left)}" y="${r(y)}" width="${r(Math.max(2, end - left))}" height="${BAR}"/>`;
        rows.push(
          `<g class="mark ${state}${kind}" data-fig="${escapeXml(mark.id)}" data-key="fig-${escapeXml(mark.id)}">${value}${shape}</g>`,
        );
        y += BAR + 6;
      }
      y += 6;
    }
    for (const [i, tick] of ticks.entries()) {
      parts.push(
        `<line class="tick" data-key="tick-${p}-${i}" x1="${r(tick.x)}" x2="${r(tick.x)}" y1="${r(axisTop + AXIS - 6)}" y2="${r(y - 6)}"/>`,
      );
      if (tick.show)
        parts.push(
          `<text class="tick-label" data-key="tick-label-${p}-${i}" x="${r(tick.x)}" y="${r(axisTop + fontSize + 2)}" text-anchor="${tick.anchor}">${escapeXml(tick.label)}</text>`,
        );
    }
    parts.push(...rows);
  }
  return { markup: parts.join(''), height: Math.ceil(y) };
}

/** The panels that hold a step's figures. */
function panelsOf(model: RowsModel, on: ReadonlySet<string>): Set<number> {
  return new Set([...model.panels.keys()].filter((p) => model.panels[p]?.rows.some((row) => row.marks.some((m) => on.has(m.id)))));
}

const markOf = (figure: Figure, context: ModelContext, tag?: string): MarkModel => {
  const text = formatFigure(figure, context.lang);
  return { id: figure.id, value: figure.value, valueText: tag ? `${text} · ${tag}` : text };
};

/** Dots and bars: grey until their step highlights them; a contradicting figure is hollow (dot) or the second colour (bar). */
const styles: StyleRule[] = [
  {
    page: '.stat-value',
    download: '.stat-value',
    props: { 'font-size': '22px', 'font-weight': '700', 'font-variant-numeric': 'tabular-nums', fill: '{chart-1}' },
  },
  { page: '.stat-value, .mark .dot, .mark .bar', props: { transition: 'fill 0.4s' } },
  { page: '.mark .dot, .mark .bar', props: { fill: '{ink-2}' } },
  { page: '.mark.is-on .dot, .mark.is-on .bar', download: '.dot, .bar', props: { fill: '{chart-1}' } },
  { page: '.mark.is-compare .dot', download: '.is-compare .dot', props: { fill: '{paper}', 'stroke-width': '3' } },
  { page: '.mark.is-compare .dot', props: { stroke: '{ink-2}' } },
  { page: '.mark.is-compare.is-on .dot', download: '.is-compare .dot', props: { stroke: '{chart-2}' } },
  { page: '.mark.is-compare.is-on .bar', download: '.is-compare .bar', props: { fill: '{chart-2}' } },
  { page: '.mark.is-off .value, .mark.is-off .row-label', props: { fill: '{ink-2}', 'font-weight': '400' } },
  { page: '.mark.stat.is-off .stat-value', props: { fill: '{ink-2}' } },
];

export const rows: ChartType<RowsSpec, RowsModel> = {
  refs(spec) {
    return [
      ...spec.panels.flatMap((panel, p) =>
        panel.rows.flatMap((row, i) => [
          { field: `panels[${p}].rows[${i}].figure`, id: row.figure },
          ...(row.compare ? [{ field: `panels[${p}].rows[${i}].compare`, id: row.compare }] : []),
        ]),
      ),
      ...commonRefs(spec),
    ];
  },

  check(spec, figure) {
    const problems: ChartProblem[] = [];
    const shown = new Set(spec.panels.flatMap((panel) => panel.rows.flatMap((row) => [row.figure, ...(row.compare ? [row.compare] : [])])));
    problems.push(...highlightProblems(spec.steps, shown));
    for (const [p, panel] of spec.panels.entries()) {
      const units = new Set(panel.rows.map((row) => figure(row.figure)?.unit));
      if (units.size > 1)
        problems.push({
          field: `panels[${p}]`,
          message: `mixes units (${[...units].join(', ')}) on one scale: give each unit its own panel`,
        });
      for (const [i, row] of panel.rows.entries()) {
        const twin = row.compare ? figure(row.compare) : undefined;
        const main = figure(row.figure);
        // A second mark is only for the article's own contradiction, which the ledger records.
        if (row.compare && main && twin && main.conflictsWith !== twin.id)
          problems.push({
            field: `panels[${p}].rows[${i}].compare`,
            message: `"${row.compare}" is not the figure the article contradicts "${row.figure}" with (conflictsWith)`,
          });
        if (panel.scale === 'log' && [main, twin].some((f) => f && f.value <= 0))
          problems.push({ field: `panels[${p}].rows[${i}]`, message: 'a log scale needs values above zero' });
      }
    }
    return problems;
  },

  model(spec, context) {
    const ids = spec.panels.flatMap((panel) => panel.rows.flatMap((row) => [row.figure, ...(row.compare ? [row.compare] : [])]));
    const tag = periodTag(ids.map(context.figure), context);
    const panels = spec.panels.map((panel): PanelModel => ({
      heading: panel.heading?.[context.lang] ?? context.strings.units[context.figure(panel.rows[0]?.figure ?? '').unit] ?? '',
      scale: panel.scale,
      rows: panel.rows.map((row): RowModel => {
        const main = context.figure(row.figure);
        const twin = row.compare ? context.figure(row.compare) : undefined;
        const tags = (f: Figure) => (f.box ? context.strings.tags.box : context.strings.tags.body);
        return {
          label: `${figureLabel(main, context.lang)}${tag(main)}`,
          marks: [markOf(main, context, twin ? tags(main) : undefined), ...(twin ? [markOf(twin, context, tags(twin))] : [])],
        };
      }),
    }));
    return { ...baseModel(spec, ids, context), type: 'rows', panels };
  },

  draw(model, width, step) {
    const on = new Set(model.steps[step]?.highlight ?? []);
    if (width >= FOCUS_WIDTH) return drawRows(model, width, on);
    // On a phone the graphic keeps the height of its tallest step, so nothing below it moves.
    const height = Math.max(
      ...model.steps.map((s) => drawRows(model, width, new Set(s.highlight), panelsOf(model, new Set(s.highlight))).height),
    );
    return { markup: drawRows(model, width, on, panelsOf(model, on)).markup, height };
  },

  styles,

  drawAll(model, width) {
    return drawRows(model, width, new Set(model.figures));
  },
};
