import { scaleLinear } from 'd3-scale';
import type { RowsSpec } from '../../../schemas/chart';
import { figureLabel, formatFigure, type Figure, type Lang } from '../../figures';
import { formatEnNumber, formatZhNumber, type Qualifier } from '../../format-number';
import type { StyleRule } from '../styles';
import type { BaseModel, CalloutModel, ChartProblem, ChartType, Drawn, KeyModel, ModelContext } from '../chart-type';
import { baseModel, calloutRooms, commonRefs, fillRoom, periodTag, stepProblems, stepState, type StepState } from '../common';
import { escapeXml, fontSize, r, textBlock } from '../svg';
import { estimateTextWidth } from '../text-width';

/** One bar: a figure, its printed value and how the article qualifies it (余, 超, 近, 不足). */
export interface MarkModel {
  id: string;
  value: number;
  valueText: string;
  qualifier: Qualifier;
}

/**
 * One row: a figure and, where the article contradicts itself, the other figure beside it; or a
 * figure with a part of it (其中) drawn inside its bar.
 */
export interface RowModel {
  label: string;
  marks: MarkModel[];
  part?: { mark: MarkModel; label: string } | undefined;
}

/** A panel: rows in one unit and one period, on one linear scale. */
export interface PanelModel {
  heading: string;
  /** The end of its scale: the largest value of its unit across panels, which share one length. */
  max: number;
  /** One row whose panel heading names it: its row label is not drawn. */
  named: boolean;
  rows: RowModel[];
}

export interface RowsModel extends BaseModel {
  type: 'rows';
  panels: PanelModel[];
}

const PAD = 2;
const AXIS = 22;
/** The open end drawn after a bar the article qualifies with 余 or 超: "and more". */
const MORE = 14;

const tickText = (lang: Lang, value: number) => (lang === 'zh' ? formatZhNumber(value) : formatEnNumber(value));

/**
 * A panel's scale and ticks: d3's own nice domain and tick values, with as many ticks as fit
 * with every label shown, so the sequence is always regular (0, 5, 10, 15 — never 0, 5, 15).
 */
export function regularTicks(max: number, lang: Lang, left: number, right: number) {
  for (const count of [5, 4, 3, 2, 1]) {
    const x = scaleLinear().domain([0, max]).nice(count).range([left, right]);
    const values = x.ticks(count);
    let lastRight = -Infinity;
    let fits = true;
    const ticks = values.map((value, i) => {
      const label = tickText(lang, value);
      const width = estimateTextWidth(label, fontSize);
      const at = x(value);
      const anchor: 'start' | 'middle' | 'end' = i === 0 && at - width / 2 < left ? 'start' : at + width / 2 > right ? 'end' : 'middle';
      const start = anchor === 'start' ? at : anchor === 'end' ? at - width : at - width / 2;
      if (start < lastRight + 8 || start < left - 0.5) fits = false;
      lastRight = start + width;
      return { x: at, value, label, anchor };
    });
    if (fits || count === 1) return { x, ticks };
  }
  throw new Error('unreachable');
}

/** The vertical rhythm of a drawing; `k` stretches it to fill a wide screen's stage. */
const metrics = (k: number) => ({
  bar: Math.round(14 * k),
  gap: Math.round(6 * k),
  rowGap: Math.round(10 * k),
  panelGap: Math.round(18 * k),
});

/** Whether a figure's bar ends at a bound rather than at the value: 不足3 and 近500 are not 3 and 500. */
const under = (q: Qualifier) => q === 'fewer-than' || q === 'nearly';
const over = (q: Qualifier) => q === 'more-than' || q === 'over';

/**
 * Lays out and draws every panel at a width. The layout is the same in every step (so nothing
 * moves but the marks): a figure not yet revealed keeps its row, with its label greyed, a
 * faint track and a bar of no length, which grows when its step comes. Values are printed at
 * the end of their bars, and callouts on a line of their own under the mark they point at.
 */
export function drawRows(model: RowsModel, width: number, state: StepState, k = 1): Drawn {
  const m = metrics(k);
  const left = PAD;
  const right = width - PAD;
  const inner = right - left;
  // Rows that carry a callout in some step keep room for the longest in every step.
  const calloutRoom = calloutRooms(model, inner, (c) => (c.from ? 14 : 8));
  const parts: string[] = [];
  // A few pixels above the first line: CJK faces rise above the em box.
  let y = 4;
  for (const [p, panel] of model.panels.entries()) {
    if (p) y += m.panelGap;
    const heading = textBlock(panel.heading, left, y + fontSize, inner, `class="panel-heading" data-key="panel-${p}"`, fontSize, true);
    parts.push(heading.markup);
    y += heading.height + 2;
    const marks = panel.rows.flatMap((row) => [...row.marks, ...(row.part ? [row.part.mark] : [])]);
    const valueWidth = Math.max(
      ...marks.map((mark) => estimateTextWidth(mark.valueText, fontSize, true) + (over(mark.qualifier) ? MORE : 0)),
    );
    // Values sit at the end of their bars when that leaves the bars most of the width; on a
    // narrow phone with long values they get a line of their own above the bar instead.
    const beside = inner - valueWidth - 8 >= inner * 0.5;
    const barRight = beside ? right - valueWidth - 8 : right - MORE;
    const { x, ticks } = regularTicks(panel.max, model.lang, left, barRight);
    const axisTop = y;
    y += AXIS;
    const body: string[] = [];
    for (const row of panel.rows) {
      const anyShown = row.marks.some((mark) => state.revealed.has(mark.id));
      // A panel of one row under its own heading: the heading names it, so the label would only repeat it.
      if (!panel.named) {
        const label = textBlock(
          row.label,
          left,
          y + fontSize,
          inner,
          `class="row-label${anyShown ? '' : ' is-pending'}" data-key="label-${escapeXml(row.marks[0]?.id ?? '')}"`,
        );
        body.push(label.markup);
        y += label.height + 2;
      }
      for (const [i, mark] of row.marks.entries()) {
        const shown = state.revealed.has(mark.id);
        const onOff = state.on.has(mark.id) ? 'is-on' : 'is-off';
        const kind = i > 0 ? ' is-compare' : '';
        if (!beside) y += fontSize + 4;
        const top = y;
        const mid = top + m.bar / 2;
        const end = x(mark.value);
        const shapes = [`<line class="track" x1="${r(left)}" x2="${r(barRight)}" y1="${r(mid)}" y2="${r(mid)}"/>`];
        const barWidth = shown ? Math.max(2, end - left) : 0;
        const cls = under(mark.qualifier) ? 'bar is-under' : 'bar';
        // An outline (a bound) is laid on the paper, so no gridline runs through it.
        if (under(mark.qualifier))
          shapes.push(`<rect class="bar-ground" x="${r(left)}" y="${r(top)}" width="${r(barWidth)}" height="${m.bar}"/>`);
        shapes.push(
          `<rect class="${cls}" data-key="bar-${escapeXml(mark.id)}" x="${r(left)}" y="${r(top)}" width="${r(barWidth)}" height="${m.bar}"/>`,
        );
        if (shown && over(mark.qualifier)) shapes.push(`<path class="bar-more" d="M${r(end + 1)} ${r(mid)}h${MORE - 4}m-4 -4l4 4l-4 4"/>`);
        const row2 = row.part && i === 0 ? row.part : undefined;
        if (row2) {
          const partShown = state.revealed.has(row2.mark.id);
          const partEnd = x(row2.mark.value);
          const partState = state.on.has(row2.mark.id) ? 'is-on' : 'is-off';
          shapes.push(
            `<rect class="bar part ${partState}" data-key="bar-${escapeXml(row2.mark.id)}" x="${r(left)}" y="${r(top)}" width="${r(partShown ? Math.max(2, partEnd - left) : 0)}" height="${m.bar}"/>`,
          );
        }
        let value = '';
        if (shown) {
          const vx = beside ? end + (over(mark.qualifier) ? MORE : 0) + 6 : left;
          const vy = beside ? mid + fontSize * 0.35 : top - 5;
          value = `<text class="value" data-key="value-${escapeXml(mark.id)}" x="${r(vx)}" y="${r(vy)}">${escapeXml(mark.valueText)}</text>`;
        }
        body.push(`<g class="mark ${onOff}${kind}" data-fig="${escapeXml(mark.id)}">${shapes.join('')}${value}</g>`);
        y += m.bar + m.gap;
        // The callout first, right under the bar, so its leader crosses no label.
        const ids = [mark.id, ...(row2 ? [row2.mark.id] : [])];
        const room = Math.max(0, ...ids.map((id) => calloutRoom.get(id) ?? 0));
        if (room) {
          const callout = state.callouts.find((c) => ids.includes(c.figure));
          if (callout) body.push(drawCallout(callout, x, top + m.bar, y, left, right, marks));
          y += room;
        }
        if (row2) {
          // The part's own line under the bar: "of which …: 10,400".
          const partShown = state.revealed.has(row2.mark.id);
          const full = `${row2.label}${model.lang === 'zh' ? '：' : ': '}${row2.mark.valueText}`;
          const attrs = `class="part-label${partShown ? '' : ' is-pending'}" data-key="part-${escapeXml(row2.mark.id)}"`;
          // Not drawn before its step: a label without its bar would point at nothing.
          if (partShown) {
            const block = textBlock(full, left, y + fontSize, inner, attrs, fontSize, true);
            body.push(
              `<g class="mark ${state.on.has(row2.mark.id) ? 'is-on' : 'is-off'}" data-fig="${escapeXml(row2.mark.id)}">${block.markup}</g>`,
            );
          }
          // The line keeps the height of the full label, so revealing the value moves nothing.
          y += textBlock(full, left, 0, inner, '', fontSize, true).height + m.gap;
        }
      }
      y += m.rowGap;
    }
    for (const [i, tick] of ticks.entries()) {
      parts.push(
        `<line class="tick" data-key="tick-${p}-${i}" x1="${r(tick.x)}" x2="${r(tick.x)}" y1="${r(axisTop + AXIS - 4)}" y2="${r(y - m.rowGap)}"/>`,
      );
      parts.push(
        `<text class="tick-label" data-key="tick-label-${p}-${i}" x="${r(tick.x)}" y="${r(axisTop + fontSize + 1)}" text-anchor="${tick.anchor}">${escapeXml(tick.label)}</text>`,
      );
    }
    parts.push(...body);
  }
  return { markup: parts.join(''), height: Math.ceil(y) };
}

/**
 * A callout under a bar: a leader from the bar's end down to the note; with `from`, a bracket
 * from the other bar's end to this one's, the note under its middle (a fall from 15 to 3).
 */
function drawCallout(
  callout: CalloutModel,
  x: (v: number) => number,
  barBottom: number,
  lineTop: number,
  left: number,
  right: number,
  marks: readonly MarkModel[],
): string {
  const value = (id: string | undefined) => marks.find((mark) => mark.id === id)?.value;
  const at = x(value(callout.figure) ?? 0);
  const width = estimateTextWidth(callout.text, fontSize, true);
  const baseline = lineTop + fontSize + (callout.from ? 8 : 2);
  const fromValue = value(callout.from);
  const lines: string[] = [];
  let centre = at;
  if (fromValue !== undefined) {
    const from = x(fromValue);
    // A bracket under the two bar ends: down from this one, across, up to the other. When this
    // end is a bound (fewer than 3), the bracket runs on past it with an arrow: the fall is
    // "over 80%", not exactly the distance to the bound.
    const y = lineTop + 2;
    lines.push(`<path class="callout-line" d="M${r(at)} ${r(barBottom + 2)}V${r(y)}H${r(from)}V${r(barBottom - 18)}"/>`);
    const mark = marks.find((m) => m.id === callout.figure);
    if (mark && under(mark.qualifier) && at - left > 10)
      lines.push(`<path class="callout-line is-open" d="M${r(at)} ${r(y)}H${r(Math.max(left, at - 14))}m4 -4l-4 4l4 4"/>`);
    centre = (at + from) / 2;
  } else {
    lines.push(`<path class="callout-line" d="M${r(at)} ${r(barBottom + 1)}V${r(lineTop + 2)}"/>`);
  }
  const start = Math.max(left, Math.min(centre - width / 2, right - width));
  const note = textBlock(callout.text, start, baseline, right - start, 'class="callout-text"', fontSize, true);
  return `<g class="callout" data-key="callout-${escapeXml(callout.figure)}">${lines.join('')}${note.markup}</g>`;
}

const markOf = (figure: Figure, context: ModelContext, tag?: string): MarkModel => {
  const text = formatFigure(figure, context.lang);
  return { id: figure.id, value: figure.value, qualifier: figure.qualifier, valueText: tag ? `${text} · ${tag}` : text };
};

/**
 * Bars in the context colour once drawn, in the highlight colour while their step is about
 * them; a contradicting figure in the second colour; a part (其中) in the second colour inside
 * its whole. A bound the article gives (不足, 近) is an outline, never a solid bar to the bound.
 */
const styles: StyleRule[] = [
  { page: '.mark .bar', props: { fill: '{context}', transition: 'fill 0.4s' } },
  { page: '.mark.is-on .bar', download: '.bar', props: { fill: '{chart-1}' } },
  { page: '.mark.is-compare.is-on .bar', download: '.is-compare .bar', props: { fill: '{chart-2}' } },
  { page: '.mark .bar.part.is-on', download: '.bar.part', props: { fill: '{chart-2}' } },
  { page: '.mark .bar.part.is-off', props: { fill: '{context-2}' } },
  {
    page: '.mark .bar.is-under',
    download: '.bar.is-under',
    props: { 'fill-opacity': '0.3', stroke: '{chart-1}', 'stroke-width': '2.5', 'stroke-dasharray': '5 3' },
  },
  { page: '.mark.is-off .bar.is-under', props: { stroke: '{ink-2}' } },
  { page: '.bar-ground', download: '.bar-ground', props: { fill: '{paper}' } },
  { page: '.bar-more', download: '.bar-more', props: { fill: 'none', stroke: '{chart-1}', 'stroke-width': '2' } },
  { page: '.mark.is-off .bar-more', props: { stroke: '{ink-2}' } },
  { page: '.mark.is-off .value, .mark.is-off .part-label', props: { fill: '{ink-2}', 'font-weight': '400' } },
  { page: '.part-label', download: '.part-label', props: { 'font-weight': '700' } },
  { page: '.row-label.is-pending, .part-label.is-pending', props: { fill: '{ink-2}' } },
];

export const rows: ChartType<RowsSpec, RowsModel> = {
  refs(spec) {
    return [
      ...spec.panels.flatMap((panel, p) =>
        panel.rows.flatMap((row, i) => [
          { field: `panels[${p}].rows[${i}].figure`, id: row.figure },
          ...(row.compare ? [{ field: `panels[${p}].rows[${i}].compare`, id: row.compare }] : []),
          ...(row.part ? [{ field: `panels[${p}].rows[${i}].part`, id: row.part }] : []),
        ]),
      ),
      ...commonRefs(spec),
    ];
  },

  check(spec, figure) {
    const problems: ChartProblem[] = [];
    const ids = (row: RowsSpec['panels'][number]['rows'][number]) => [
      row.figure,
      ...(row.compare ? [row.compare] : []),
      ...(row.part ? [row.part] : []),
    ];
    const shown = new Set(spec.panels.flatMap((panel) => panel.rows.flatMap(ids)));
    problems.push(...stepProblems(spec, shown, figure));
    for (const [p, panel] of spec.panels.entries()) {
      const figures = panel.rows.flatMap(ids).map(figure);
      const units = new Set(figures.map((f) => f?.unit));
      if (units.size > 1)
        problems.push({
          field: `panels[${p}]`,
          message: `mixes units (${[...units].join(', ')}) on one scale: give each unit its own panel`,
        });
      const periods = new Set(figures.map((f) => f?.period));
      if (periods.size > 1)
        problems.push({
          field: `panels[${p}]`,
          message: `mixes periods (${[...periods].join(', ')}) on one scale: give each period its own panel`,
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
        const part = row.part ? figure(row.part) : undefined;
        if (row.part && row.compare)
          problems.push({ field: `panels[${p}].rows[${i}]`, message: 'a row has a part or a compare, not both' });
        if (part && main && part.value > main.value)
          problems.push({
            field: `panels[${p}].rows[${i}].part`,
            message: `the part (${part.value}) is larger than its whole (${main.value})`,
          });
      }
    }
    return problems;
  },

  model(spec, context) {
    const ids = spec.panels.flatMap((panel) =>
      panel.rows.flatMap((row) => [row.figure, ...(row.compare ? [row.compare] : []), ...(row.part ? [row.part] : [])]),
    );
    const tag = periodTag(ids.map(context.figure), context);
    // Panels of the same unit (in different periods) share one scale, so equal lengths mean
    // equal numbers across them, though each keeps its own axis.
    const unitMax: Record<string, number> = {};
    for (const id of ids) {
      const f = context.figure(id);
      unitMax[f.unit] = Math.max(unitMax[f.unit] ?? 0, f.value);
    }
    const ofWhich = context.strings.ofWhich;
    const panels = spec.panels.map((panel): PanelModel => ({
      // A panel counts one period (check refuses more), so its heading, not every row, says which.
      heading:
        panel.heading?.[context.lang] ??
        `${context.strings.units[context.figure(panel.rows[0]?.figure ?? '').unit] ?? ''}${tag(context.figure(panel.rows[0]?.figure ?? ''))}`,
      max: unitMax[context.figure(panel.rows[0]?.figure ?? '').unit] ?? 0,
      named: panel.rows.length === 1 && panel.heading !== undefined,
      rows: panel.rows.map((row): RowModel => {
        const main = context.figure(row.figure);
        const twin = row.compare ? context.figure(row.compare) : undefined;
        const part = row.part ? context.figure(row.part) : undefined;
        const tags = (f: Figure) => (f.box ? context.strings.tags.box : context.strings.tags.body);
        return {
          label: row.label?.[context.lang] ?? figureLabel(main, context.lang),
          marks: [markOf(main, context, twin ? tags(main) : undefined), ...(twin ? [markOf(twin, context, tags(twin))] : [])],
          part: part ? { mark: markOf(part, context), label: `${ofWhich}${figureLabel(part, context.lang)}` } : undefined,
        };
      }),
    }));
    // The key explains how a bound is drawn, once, so callouts are free to point at the data.
    const qualifiers = new Set(ids.map((id) => context.figure(id).qualifier));
    const keys: KeyModel[] = [
      ...(qualifiers.has('more-than') || qualifiers.has('over') ? [{ text: context.strings.bounds.more, swatch: 'more' as const }] : []),
      ...(qualifiers.has('fewer-than') || qualifiers.has('nearly')
        ? [{ text: context.strings.bounds.under, swatch: 'under' as const }]
        : []),
    ];
    return { ...baseModel(spec, ids, context), type: 'rows', keys, panels };
  },

  draw(model, width, step, room) {
    const state = stepState(model, step);
    return fillRoom((k) => drawRows(model, width, state, k), room);
  },

  styles,

  drawAll(model, width) {
    const all = new Set(model.figures);
    return drawRows(model, width, { revealed: all, on: all, callouts: [] });
  },
};
