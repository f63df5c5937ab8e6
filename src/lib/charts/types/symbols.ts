import type { SymbolSpec } from '../../../schemas/chart';
import { figureLabel, formatFigure } from '../../figures';
import type { BaseModel, ChartProblem, ChartType, Drawn } from '../chart-type';
import { baseModel, commonRefs, highlightProblems, periodTag, plainNumber } from '../common';
import { escapeXml, r, textBlock } from '../svg';
import { fillTemplate } from '../template';

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
const STEP = SIZE + GAP;

/**
 * A labelled block of symbols per figure, every symbol the same quantity of one unit, so the
 * blocks compare at a glance. A figure's last symbol is cut to its fraction (9.32 → 9 and a third).
 */
export function drawSymbols(model: SymbolsModel, width: number, on: ReadonlySet<string>): Drawn {
  const cols = Math.max(1, Math.floor((width + GAP) / STEP));
  const parts: string[] = [];
  let y = 0;
  for (const group of model.groups) {
    const state = on.has(group.id) ? 'is-on' : 'is-off';
    const label = textBlock(group.label, 0, y + 14, width, 'class="symbol-label"', 14, true);
    const symbols: string[] = [];
    const top = y + label.height + 4;
    const count = Math.ceil(group.marks);
    for (let i = 0; i < count; i += 1) {
      const w = SIZE * Math.min(1, group.marks - i);
      symbols.push(
        `<rect class="symbol" x="${r((i % cols) * STEP)}" y="${r(top + Math.floor(i / cols) * STEP)}" width="${r(w)}" height="${SIZE}" rx="2"/>`,
      );
    }
    parts.push(
      `<g class="mark group ${state}" data-fig="${escapeXml(group.id)}" data-key="fig-${escapeXml(group.id)}">${label.markup}${symbols.join('')}</g>`,
    );
    y = top + Math.ceil(count / cols) * STEP + 12;
  }
  return { markup: parts.join(''), height: Math.ceil(y) };
}

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

  drawAll(model, width) {
    return drawSymbols(model, width, new Set(model.figures));
  },
};
