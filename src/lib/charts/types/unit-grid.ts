import type { UnitSpec } from '../../../schemas/chart';
import { figureLabel, formatFigure, type Figure } from '../../figures';
import type { StyleRule } from '../styles';
import type { BaseModel, ChartProblem, ChartType, Drawn, ModelContext } from '../chart-type';
import { baseModel, calloutRooms, commonRefs, fillRoom, plainNumber, stepProblems, stepState, type StepState } from '../common';
import { escapeXml, fontSize, r, textBlock } from '../svg';
import { fillTemplate } from '../template';
import { waffle, waffleCells, waffleHeight, type Waffle } from '../waffle';

/** A part of the whole (其中): its squares and its name and printed value. */
export interface UnitPart {
  id: string;
  marks: number;
  name: string;
  valueText: string;
}

export interface UnitModel extends BaseModel {
  type: 'unit-grid';
  /** The whole in squares (48.94 for 489.4万 at one square per 100,000) and its label. */
  whole: { id: string; marks: number; label: string; parts: UnitPart[] };
}

const GAP = 3;
/** Squares of 12px on a phone, 16px wider; a wide screen's stage scales them up. */
const cellFor = (width: number, k: number) => Math.round((width < 400 ? 12 : 16) * k);

/**
 * Draws the whole, then each part as its own share of a whole drawn again in outline: the
 * article says 其中 (of which) and does not say whether its parts overlap, so they are never
 * pieces of one block that add up. The layout is the same in every step. A part not yet
 * revealed has its squares lying over the whole's, invisible; when its step comes they move
 * down into its outline, so the reader sees them taken out of the whole.
 */
export function drawUnits(model: UnitModel, width: number, state: StepState, k = 1): Drawn {
  const grid: Waffle = waffle(width, cellFor(width, k), GAP);
  const cell = grid.cell;
  const out: string[] = [];
  const calloutRoom = calloutRooms(model, width, () => 2);
  // A few pixels above the first line: CJK faces rise above the em box.
  let y = 4;
  // A label keeps the height of its longest form (with the value), so revealing it moves nothing.
  const text = (key: string, content: string, cls: string, longest = content) => {
    const block = textBlock(content, 0, y + fontSize, width, `class="${cls}" data-key="${key}"`, fontSize, true);
    out.push(block.markup);
    y += Math.max(block.height, textBlock(longest, 0, 0, width, '', fontSize, true).height) + 6;
  };
  const callout = (id: string) => {
    const room = calloutRoom.get(id);
    if (room === undefined) return;
    const found = state.callouts.find((c) => c.figure === id);
    if (found) {
      const block = textBlock(found.text, 0, y + fontSize, width, 'class="callout-text"', fontSize, true);
      out.push(`<g class="callout" data-key="callout-${escapeXml(id)}">${block.markup}</g>`);
    }
    y += room;
  };
  const whole = model.whole;
  const wholeOn = state.on.has(whole.id) ? 'is-on' : 'is-off';
  text('label-total', whole.label, `unit-label ${wholeOn}`);
  // A callout sits between a block's label and its squares, pointing at them.
  callout(whole.id);
  const wholeTop = y;
  const wholeCells = waffleCells(grid, whole.marks, wholeTop);
  for (const c of wholeCells)
    out.push(`<rect class="unit ${wholeOn}" data-key="m${c.n}" x="${r(c.x)}" y="${r(c.y)}" width="${r(cell * c.fill)}" height="${cell}"/>`);
  y += waffleHeight(grid, whole.marks) + 8;
  whole.parts.forEach((part, p) => {
    const shown = state.revealed.has(part.id);
    const onOff = state.on.has(part.id) ? 'is-on' : 'is-off';
    y += 6;
    const sep = model.lang === 'zh' ? '：' : ': ';
    const full = `${part.name}${sep}${part.valueText}`;
    text(`label-part-${p}`, shown ? full : part.name, `unit-label part-${p} ${shown ? onOff : 'is-pending'}`, full);
    callout(part.id);
    const top = y;
    // The whole again, in outline: the part is read against the same total.
    for (const c of waffleCells(grid, whole.marks, top))
      out.push(
        `<rect class="unit-ghost" data-key="o${p}-${c.n}" x="${r(c.x + 0.5)}" y="${r(c.y + 0.5)}" width="${r(cell * c.fill - 1)}" height="${cell - 1}"/>`,
      );
    for (const c of waffleCells(grid, part.marks, top)) {
      const from = wholeCells[c.n];
      const at = shown ? c : { ...c, y: from?.y ?? c.y };
      out.push(
        `<rect class="unit part-${p} ${onOff}" data-key="p${p}-${c.n}" x="${r(at.x)}" y="${r(at.y)}" width="${r(cell * c.fill)}" height="${cell}" opacity="${shown ? 1 : 0}"/>`,
      );
    }
    y += waffleHeight(grid, whole.marks) + 8;
  });
  // No gap after the last block: the drawing ends at its marks.
  return { markup: out.join(''), height: Math.ceil(y - 6) };
}

/**
 * The whole's squares in the highlight colour while it is the subject, the context colour once
 * its parts are; each part in its own colour; outlines in the rule colour.
 */
const styles: StyleRule[] = [
  { page: 'rect.unit', props: { fill: '{context}', transition: 'fill 0.4s' } },
  { page: 'rect.unit.is-on', download: '.unit', props: { fill: '{chart-1}' } },
  // A part keeps its colour only while its step is about it; before and after, it is context,
  // so the part in focus always stands 3:1 apart from everything else.
  { page: 'rect.unit.part-0.is-on', download: '.unit.part-0', props: { fill: '{chart-1}' } },
  { page: 'rect.unit.part-1.is-on', download: '.unit.part-1', props: { fill: '{chart-2}' } },
  { page: '.unit-ghost', download: '.unit-ghost', props: { fill: 'none', stroke: '{ink-2}', 'stroke-width': '1' } },
  { page: '.unit-label', download: '.unit-label', props: { 'font-weight': '700' } },
  { page: '.unit-label.is-off, .unit-label.is-pending', props: { 'font-weight': '400', fill: '{ink-2}' } },
];

const labelled = (figure: Figure, context: ModelContext) =>
  `${figureLabel(figure, context.lang)}${context.lang === 'zh' ? '：' : ': '}${formatFigure(figure, context.lang)}`;

export const unitGrid: ChartType<UnitSpec, UnitModel> = {
  refs(spec) {
    return [
      { field: 'whole.total', id: spec.whole.total },
      ...spec.whole.parts.map((id, i) => ({ field: `whole.parts[${i}]`, id })),
      ...commonRefs(spec),
    ];
  },

  check(spec, figure) {
    const problems: ChartProblem[] = [];
    problems.push(...stepProblems(spec, new Set([spec.whole.total, ...spec.whole.parts]), figure));
    const total = figure(spec.whole.total);
    // Each part is a share of the whole; together they may add up to more (they may overlap).
    spec.whole.parts.forEach((id, i) => {
      const part = figure(id);
      if (total && part && part.value > total.value)
        problems.push({ field: `whole.parts[${i}]`, message: `"${id}" (${part.value}) is larger than the whole (${total.value})` });
    });
    if (spec.whole.parts.length > 2) problems.push({ field: 'whole.parts', message: 'at most two parts (two colours)' });
    const figures = [spec.whole.total, ...spec.whole.parts].map(figure);
    const units = new Set(figures.map((f) => f?.unit));
    if (units.size > 1)
      problems.push({ field: 'whole', message: `the whole and its parts are in different units (${[...units].join(', ')})` });
    const periods = new Set(figures.map((f) => f?.period));
    if (periods.size > 1)
      problems.push({ field: 'whole', message: `the whole and its parts are from different periods (${[...periods].join(', ')})` });
    return problems;
  },

  model(spec, context) {
    const total = context.figure(spec.whole.total);
    const ids = [spec.whole.total, ...spec.whole.parts];
    const base = baseModel(spec, ids, context, spec.whole.perMark);
    const key = fillTemplate(spec.whole.key[context.lang], (id) =>
      id === 'per-mark' ? plainNumber(spec.whole.perMark, context.lang) : undefined,
    );
    return {
      ...base,
      type: 'unit-grid',
      keys: [{ text: key, swatch: 'square' }],
      whole: {
        id: total.id,
        marks: total.value / spec.whole.perMark,
        label: labelled(total, context),
        parts: spec.whole.parts.map((id) => {
          const part = context.figure(id);
          return {
            id,
            marks: part.value / spec.whole.perMark,
            name: `${context.strings.ofWhich}${figureLabel(part, context.lang)}`,
            valueText: formatFigure(part, context.lang),
          };
        }),
      },
    };
  },

  draw(model, width, step, room) {
    const state = stepState(model, step);
    return fillRoom((k) => drawUnits(model, width, state, k), room, 2);
  },

  styles,

  drawAll(model, width) {
    const all = new Set(model.figures);
    // Every part shown, the whole in context: the download shows the finished chart.
    return drawUnits(model, width, { revealed: all, on: new Set(model.whole.parts.map((p) => p.id)), callouts: [] });
  },
};
