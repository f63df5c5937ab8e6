import type { UnitSpec } from '../../../schemas/chart';
import { figureLabel, formatFigure, type Figure } from '../../figures';
import type { StyleRule } from '../styles';
import type { BaseModel, ChartProblem, ChartType, Drawn, ModelContext } from '../chart-type';
import { baseModel, commonRefs, highlightProblems, plainNumber } from '../common';
import { r, textBlock } from '../svg';
import { fillTemplate } from '../template';
import { waffle, waffleCells, waffleHeight } from '../waffle';

export type UnitState = 'total' | 'parts' | 'extra';

export interface UnitModel extends BaseModel {
  type: 'unit-grid';
  /** The whole in squares (489.4 for 489.4万 at one square per 10,000), its parts, and their labels. */
  whole: { id: string; marks: number; label: string; parts: { id: string; marks: number; label: string }[]; remainder: string };
  /** A separate figure in another unit, drawn as circles with its own key. */
  extra?: { id: string; marks: number; label: string } | undefined;
}

const GAP = 2;
/** Squares are 9px, or 7px on a phone, where the whole must fit under two thirds of the screen. */
const cellFor = (width: number) => (width < 400 ? 7 : 9);

/** Columns of cells that fit in a width. */
export const unitColumns = (width: number): number => waffle(width, cellFor(width), GAP).cols;

/**
 * Draws one arrangement. The same keys appear in every state, so a transition can move each
 * square to its new place: m<i> are the whole's squares, e<i> the separate figure's circles.
 * In the parts arrangement each part's last square is cut to that part's own fraction.
 */
export function drawUnits(
  model: UnitModel,
  width: number,
  state: UnitState,
  show: { whole: boolean; extra: boolean } = { whole: true, extra: true },
): Drawn {
  const grid = waffle(width, cellFor(width), GAP);
  const CELL = grid.cell;
  const parts: string[] = [];
  let y = 0;
  const label = (key: string, text: string, cls = 'unit-label') => {
    const block = textBlock(text, 0, y + 14, width, `class="${cls}" data-key="${key}"`, 14, true);
    parts.push(block.markup);
    y += block.height + 4;
  };
  // A block of squares for an amount: whole ones, the last cut to its fraction.
  const squares = (first: number, amount: number, group: string, opacity: number) => {
    const cells = waffleCells(grid, amount, y);
    for (const c of cells)
      parts.push(
        `<rect class="unit" data-key="m${first + c.n}" data-group="${group}" x="${r(c.x)}" y="${r(c.y)}" width="${r(CELL * c.fill)}" height="${CELL}" opacity="${opacity}"/>`,
      );
    y += waffleHeight(grid, amount) + 10;
    return cells.length;
  };
  if (show.whole && state === 'parts') {
    let first = 0;
    model.whole.parts.forEach((part, p) => {
      label(`label-part-${p}`, part.label);
      first += squares(first, part.marks, `part-${p}`, 1);
    });
    const rest = model.whole.marks - model.whole.parts.reduce((sum, part) => sum + part.marks, 0);
    if (rest > 1e-6) {
      // What the article does not break down is labelled too, never left as a bare sliver.
      label('label-rest', model.whole.remainder);
      squares(first, rest, 'rest', 1);
    }
  } else if (show.whole) {
    label('label-total', model.whole.label);
    squares(0, model.whole.marks, 'total', state === 'extra' ? 0.25 : 1);
  }
  const extra = model.extra;
  if (extra && show.extra) {
    const shown = state === 'extra';
    if (shown) label('label-extra', extra.label);
    // A circle, not a square: one square stands for members, one circle for organisations.
    for (const c of waffleCells(grid, extra.marks, y))
      parts.push(
        `<circle class="unit-extra" data-key="e${c.n}" cx="${r(c.x + CELL / 2)}" cy="${r(c.y + CELL / 2)}" r="${r((CELL / 2) * Math.sqrt(c.fill))}" opacity="${shown ? 1 : 0}"/>`,
      );
    if (shown) y += waffleHeight(grid, extra.marks) + 10;
  }
  return { markup: parts.join(''), height: Math.ceil(y) };
}

/** The tallest arrangement at a width, so the graphic keeps one height through every step. */
export function unitHeight(model: UnitModel, width: number): number {
  return Math.max(...(['total', 'parts', 'extra'] as const).map((s) => drawUnits(model, width, s).height));
}

const labelled = (figure: Figure, context: ModelContext) =>
  `${figureLabel(figure, context.lang)}${context.lang === 'zh' ? '：' : ': '}${formatFigure(figure, context.lang)}`;

/** Squares of the whole in the first colour, of its second part in the second; the separate figure's circles in the third. */
const styles: StyleRule[] = [
  { page: 'rect.unit', download: '.unit', props: { fill: '{ink-2}' } },
  {
    page: "rect.unit[data-group='total'], rect.unit[data-group='part-0']",
    download: ".unit[data-group='total'], .unit[data-group='part-0']",
    props: { fill: '{chart-1}' },
  },
  { page: "rect.unit[data-group='part-1']", download: ".unit[data-group='part-1']", props: { fill: '{chart-2}' } },
  { page: '.unit-extra', download: '.unit-extra', props: { fill: '{chart-3}' } },
  { page: '.unit-label', download: '.unit-label', props: { 'font-weight': '700' } },
];

export const unitGrid: ChartType<UnitSpec, UnitModel> = {
  refs(spec) {
    return [
      { field: 'whole.total', id: spec.whole.total },
      ...spec.whole.parts.map((id, i) => ({ field: `whole.parts[${i}]`, id })),
      ...(spec.extra ? [{ field: 'extra.figure', id: spec.extra.figure }] : []),
      ...commonRefs(spec),
    ];
  },

  check(spec, figure) {
    const problems: ChartProblem[] = [];
    const shown = new Set([spec.whole.total, ...spec.whole.parts, ...(spec.extra ? [spec.extra.figure] : [])]);
    problems.push(...highlightProblems(spec.steps, shown));
    const total = figure(spec.whole.total);
    const sum = spec.whole.parts.reduce((s, id) => s + (figure(id)?.value ?? 0), 0);
    if (total && sum > total.value)
      problems.push({ field: 'whole.parts', message: `the parts add up to ${sum}, more than the total ${total.value}` });
    const units = new Set([spec.whole.total, ...spec.whole.parts].map((id) => figure(id)?.unit));
    if (units.size > 1)
      problems.push({ field: 'whole', message: `the whole and its parts are in different units (${[...units].join(', ')})` });
    spec.steps.forEach((step, i) => {
      if (step.state === 'extra' && !spec.extra)
        problems.push({ field: `steps[${i}].state`, message: 'shows "extra" but the chart has no extra figure' });
    });
    return problems;
  },

  model(spec, context) {
    const total = context.figure(spec.whole.total);
    const ids = [spec.whole.total, ...spec.whole.parts, ...(spec.extra ? [spec.extra.figure] : [])];
    const base = baseModel(spec, ids, context, spec.whole.perMark);
    const key = (text: { zh: string; en: string }, perMark: number) =>
      fillTemplate(text[context.lang], (id) => (id === 'per-mark' ? plainNumber(perMark, context.lang) : undefined));
    const extra = spec.extra ? context.figure(spec.extra.figure) : undefined;
    return {
      ...base,
      type: 'unit-grid',
      keys: [key(spec.whole.key, spec.whole.perMark), ...(spec.extra ? [key(spec.extra.key, spec.extra.perMark)] : [])],
      whole: {
        id: total.id,
        marks: total.value / spec.whole.perMark,
        label: labelled(total, context),
        parts: spec.whole.parts.map((id) => ({
          id,
          marks: context.figure(id).value / spec.whole.perMark,
          label: labelled(context.figure(id), context),
        })),
        remainder: context.strings.remainder,
      },
      extra: extra && spec.extra ? { id: extra.id, marks: extra.value / spec.extra.perMark, label: labelled(extra, context) } : undefined,
    };
  },

  draw(model, width, step) {
    const state = (model.steps[step]?.state ?? 'total') as UnitState;
    return { markup: drawUnits(model, width, state).markup, height: unitHeight(model, width) };
  },

  styles,

  drawAll(model, width) {
    // The parts, then the separate figure beneath them.
    const parts = drawUnits(model, width, 'parts', { whole: true, extra: false });
    if (!model.extra) return parts;
    const extra = drawUnits(model, width, 'extra', { whole: false, extra: true });
    return {
      markup: `${parts.markup}<g transform="translate(0 ${parts.height})">${extra.markup}</g>`,
      height: parts.height + extra.height,
    };
  },
};
