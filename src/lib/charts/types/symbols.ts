import type { SymbolSpec } from '../../../schemas/chart';
import { figureLabel, formatFigure } from '../../figures';
import type { StyleRule } from '../styles';
import type { BaseModel, ChartProblem, ChartType, Drawn } from '../chart-type';
import { baseModel, commonRefs, highlightProblems, periodTag, plainNumber } from '../common';
import { escapeXml, r, textBlock } from '../svg';
import { fillTemplate } from '../template';
import { waffle, waffleCells, waffleHeight } from '../waffle';

export interface SymbolGroup {
  id: string;
  /** Symbols for the figure: 74 for "more than 7,400" at one symbol per 100. */
  marks: number;
  label: string;
}

export interface SymbolsModel extends BaseModel {
  type: 'symbols';
  groups: SymbolGroup[];
}

const SIZE = 10;
const GAP = 2;

/**
 * A labelled block of symbols per figure, every symbol the same quantity of one unit, so the
 * blocks compare at a glance. A figure's last symbol is cut to its fraction (9.32 → 9 and a third).
 */
export function drawSymbols(model: SymbolsModel, width: number, on: ReadonlySet<string>): Drawn {
  const grid = waffle(width, SIZE, GAP);
  const parts: string[] = [];
  let y = 0;
  for (const group of model.groups) {
    const state = on.has(group.id) ? 'is-on' : 'is-off';
    const label = textBlock(group.label, 0, y + 14, width, 'class="symbol-label"', 14, true);
    const top = y + label.height + 4;
    const symbols = waffleCells(grid, group.marks, top).map(
      (c) => `<rect class="symbol" x="${r(c.x)}" y="${r(c.y)}" width="${r(SIZE * c.fill)}" height="${SIZE}" rx="2"/>`,
    );
    parts.push(
      `<g class="mark group ${state}" data-fig="${escapeXml(group.id)}" data-key="fig-${escapeXml(group.id)}">${label.markup}${symbols.join('')}</g>`,
    );
    y = top + waffleHeight(grid, group.marks) + 12;
  }
  return { markup: parts.join(''), height: Math.ceil(y) };
}

/** Symbols grey until their step highlights them; the label of a figure not highlighted steps back. */
const styles: StyleRule[] = [
  { page: '.symbol', props: { fill: '{ink-2}', transition: 'fill 0.4s' } },
  { page: '.mark.is-on .symbol', download: '.symbol', props: { fill: '{chart-1}' } },
  { page: '.symbol-label', download: '.symbol-label', props: { 'font-weight': '700' } },
  { page: '.mark.is-off .symbol-label', props: { 'font-weight': '400', fill: '{ink-2}' } },
];

export const symbols: ChartType<SymbolSpec, SymbolsModel> = {
  refs(spec) {
    return [...spec.groups.map((id, i) => ({ field: `groups[${i}]`, id })), ...commonRefs(spec)];
  },

  check(spec, figure) {
    const problems: ChartProblem[] = [...highlightProblems(spec.steps, new Set(spec.groups))];
    const units = new Set(spec.groups.map((id) => figure(id)?.unit));
    if (units.size > 1)
      problems.push({ field: 'groups', message: `mixes units (${[...units].join(', ')}): one symbol must mean one quantity` });
    return problems;
  },

  model(spec, context) {
    const tag = periodTag(spec.groups.map(context.figure), context);
    const sep = context.lang === 'zh' ? '：' : ': ';
    return {
      ...baseModel(spec, spec.groups, context, spec.perMark),
      type: 'symbols',
      keys: [fillTemplate(spec.key[context.lang], (id) => (id === 'per-mark' ? plainNumber(spec.perMark, context.lang) : undefined))],
      groups: spec.groups.map((id) => {
        const figure = context.figure(id);
        return {
          id,
          marks: figure.value / spec.perMark,
          label: `${figureLabel(figure, context.lang)}${sep}${formatFigure(figure, context.lang)}${tag(figure)}`,
        };
      }),
    };
  },

  draw(model, width, step) {
    return drawSymbols(model, width, new Set(model.steps[step]?.highlight ?? []));
  },

  styles,

  drawAll(model, width) {
    return drawSymbols(model, width, new Set(model.figures));
  },
};
