import type { SymbolSpec } from '../../../schemas/chart';
import { figureLabel, formatFigure } from '../../figures';
import type { StyleRule } from '../styles';
import type { BaseModel, ChartProblem, ChartType, Drawn } from '../chart-type';
import { baseModel, calloutRooms, commonRefs, fillRoom, periodTag, plainNumber, stepProblems, stepState, type StepState } from '../common';
import { escapeXml, fontSize, r, textBlock } from '../svg';
import { fillTemplate } from '../template';
import { waffle, waffleCells, waffleHeight } from '../waffle';

export interface SymbolGroup {
  id: string;
  /** Symbols for the figure: 74 for "more than 7,400" at one symbol per 100. */
  marks: number;
  /** The figure's name, and its name with its value. */
  name: string;
  label: string;
  /** The article gives the figure as "more than" (余, 超): its block ends in an open symbol. */
  more: boolean;
}

export interface SymbolsModel extends BaseModel {
  type: 'symbols';
  groups: SymbolGroup[];
}

const GAP = 3;
/** Symbols of 10px on a phone, 12px wider; a wide screen's stage scales them up. */
const sizeFor = (width: number, k: number) => Math.round((width < 400 ? 10 : 12) * k);

/**
 * A labelled block of symbols per figure, every symbol the same quantity of one unit, so the
 * blocks compare at a glance. A figure's last symbol is cut to its fraction (10.36 → 10 and a
 * third). The layout is the same in every step: a figure not yet revealed holds its place with
 * outlines, and its symbols grow in when its step comes. A figure the article gives as "more
 * than" (余, 超) ends in an open, dashed symbol: the count goes on beyond the block.
 */
export function drawSymbols(model: SymbolsModel, width: number, state: StepState, k = 1): Drawn {
  const size = sizeFor(width, k);
  const grid = waffle(width, size, GAP);
  const calloutRoom = calloutRooms(model, width, () => 2);
  const parts: string[] = [];
  // A few pixels above the first line: CJK faces rise above the em box.
  let y = 4;
  for (const group of model.groups) {
    const shown = state.revealed.has(group.id);
    const onOff = state.on.has(group.id) ? 'is-on' : 'is-off';
    const label = textBlock(
      shown ? group.label : group.name,
      0,
      y + fontSize,
      width,
      `class="symbol-label${shown ? '' : ' is-pending'}" data-key="label-${escapeXml(group.id)}"`,
      fontSize,
      true,
    );
    // The label keeps the height of its form with the value, so revealing it moves nothing.
    let top = y + Math.max(label.height, textBlock(group.label, 0, 0, width, '', fontSize, true).height) + 4;
    // A callout sits between the label and the symbols, pointing at them.
    const room = calloutRoom.get(group.id);
    if (room !== undefined) {
      const found = state.callouts.find((c) => c.figure === group.id);
      if (found) {
        const block = textBlock(found.text, 0, top + fontSize, width, 'class="callout-text"', fontSize, true);
        parts.push(`<g class="callout" data-key="callout-${escapeXml(group.id)}">${block.markup}</g>`);
      }
      top += room;
    }
    const amount = group.marks + (group.more ? 1 : 0);
    const cells = waffleCells(grid, group.marks, top);
    const ghosts = waffleCells(grid, amount, top).map(
      (c) =>
        `<rect class="symbol-ghost" x="${r(c.x + 0.5)}" y="${r(c.y + 0.5)}" width="${r(size * Math.min(1, c.fill) - 1)}" height="${size - 1}" rx="2"/>`,
    );
    const symbols = cells.map(
      (c) =>
        `<rect class="symbol" data-key="s-${escapeXml(group.id)}-${c.n}" x="${r(c.x)}" y="${r(c.y)}" width="${r(shown ? size * c.fill : 0)}" height="${size}" rx="2"/>`,
    );
    const last = waffleCells(grid, amount, top)[Math.ceil(group.marks - 1e-9)];
    const more =
      group.more && shown && last
        ? `<rect class="symbol-more" x="${r(last.x + 1)}" y="${r(last.y + 1)}" width="${r(size - 2)}" height="${r(size - 2)}" rx="2"/>`
        : '';
    parts.push(
      `<g class="mark group ${onOff}" data-fig="${escapeXml(group.id)}">${label.markup}${ghosts.join('')}${symbols.join('')}${more}</g>`,
    );
    y = top + waffleHeight(grid, amount) + 14;
  }
  // No gap after the last block: the drawing ends at its marks.
  return { markup: parts.join(''), height: Math.ceil(y - 12) };
}

/** Symbols in the context colour once drawn, the highlight colour while their step is about them. */
const styles: StyleRule[] = [
  { page: '.symbol', props: { fill: '{context}', transition: 'fill 0.4s' } },
  { page: '.mark.is-on .symbol', download: '.symbol', props: { fill: '{chart-1}' } },
  { page: '.symbol-ghost', download: '.symbol-ghost', props: { fill: 'none', stroke: '{rule}', 'stroke-width': '1' } },
  {
    page: '.symbol-more',
    download: '.symbol-more',
    props: { fill: 'none', stroke: '{chart-1}', 'stroke-width': '2', 'stroke-dasharray': '3 2' },
  },
  { page: '.mark.is-off .symbol-more', props: { stroke: '{ink-2}' } },
  { page: '.symbol-label', download: '.symbol-label', props: { 'font-weight': '700' } },
  { page: '.mark.is-off .symbol-label, .symbol-label.is-pending', props: { 'font-weight': '400', fill: '{ink-2}' } },
];

export const symbols: ChartType<SymbolSpec, SymbolsModel> = {
  refs(spec) {
    return [...spec.groups.map((id, i) => ({ field: `groups[${i}]`, id })), ...commonRefs(spec)];
  },

  check(spec, figure) {
    const problems: ChartProblem[] = [...stepProblems(spec, new Set(spec.groups), figure)];
    const units = new Set(spec.groups.map((id) => figure(id)?.unit));
    if (units.size > 1)
      problems.push({ field: 'groups', message: `mixes units (${[...units].join(', ')}): one symbol must mean one quantity` });
    const periods = new Set(spec.groups.map((id) => figure(id)?.period));
    if (periods.size > 1)
      problems.push({
        field: 'groups',
        message: `mixes periods (${[...periods].join(', ')}): blocks side by side must count the same time`,
      });
    spec.groups.forEach((id, i) => {
      const q = figure(id)?.qualifier;
      if (q === 'fewer-than' || q === 'nearly')
        problems.push({ field: `groups[${i}]`, message: `"${id}" is an upper bound (${q}): symbols would draw it as a count` });
    });
    return problems;
  },

  model(spec, context) {
    const tag = periodTag(spec.groups.map(context.figure), context);
    const sep = context.lang === 'zh' ? '：' : ': ';
    return {
      ...baseModel(spec, spec.groups, context, spec.perMark),
      type: 'symbols',
      keys: [
        {
          text: fillTemplate(spec.key[context.lang], (id) => (id === 'per-mark' ? plainNumber(spec.perMark, context.lang) : undefined)),
          swatch: 'square',
        },
        ...(spec.groups.some((id) => ['more-than', 'over'].includes(context.figure(id).qualifier))
          ? [{ text: context.strings.bounds.moreSymbol, swatch: 'more-square' as const }]
          : []),
      ],
      groups: spec.groups.map((id) => {
        const figure = context.figure(id);
        const name = `${figureLabel(figure, context.lang)}${tag(figure)}`;
        return {
          id,
          marks: figure.value / spec.perMark,
          name,
          label: `${figureLabel(figure, context.lang)}${sep}${formatFigure(figure, context.lang)}${tag(figure)}`,
          more: figure.qualifier === 'more-than' || figure.qualifier === 'over',
        };
      }),
    };
  },

  draw(model, width, step, room) {
    const state = stepState(model, step);
    return fillRoom((k) => drawSymbols(model, width, state, k), room, 2.2);
  },

  styles,

  drawAll(model, width) {
    const all = new Set(model.figures);
    return drawSymbols(model, width, { revealed: all, on: all, callouts: [] });
  },
};
