import type { ChartSpec } from '../../schemas/chart';
import type { Figure } from '../figures';
import type { ChartProblem, ChartType, Drawn, ModelContext } from './chart-type';
import { commonStyles, type StyleRule } from './styles';
import { rows, type RowsModel } from './types/rows';
import { symbols, type SymbolsModel } from './types/symbols';
import { unitGrid, type UnitModel } from './types/unit-grid';

/** Every chart type, registered once. A new type is a module in ./types and one line here. */
export const chartTypes = {
  rows,
  'unit-grid': unitGrid,
  symbols,
} as const;

/** A chart in one language, ready to draw: plain data that goes to the client as JSON. */
export type ChartModel = RowsModel | UnitModel | SymbolsModel;

type AnyType = ChartType<ChartSpec, ChartModel>;
const typeOf = (type: string): AnyType => {
  const found = (chartTypes as Record<string, unknown>)[type];
  if (!found) throw new Error(`no chart type "${type}" (src/lib/charts/registry.ts)`);
  return found as AnyType;
};

/** Every figure id a chart names, with the field it sits in. */
export function chartRefs(spec: ChartSpec): { field: string; id: string }[] {
  return typeOf(spec.type).refs(spec);
}

/**
 * What would make a chart mean nothing, for the build to refuse: unknown figures, and the
 * type's own checks (highlights it does not draw, mixed units, parts above the whole).
 */
export function checkChart(spec: ChartSpec, figure: (id: string) => Figure | undefined): ChartProblem[] {
  const unknown = chartRefs(spec)
    .filter((ref) => !figure(ref.id))
    .map((ref) => ({ field: ref.field, message: `unknown figure "${ref.id}"` }));
  return unknown.length ? unknown : typeOf(spec.type).check(spec, figure);
}

/** Builds a chart's model in one language. */
export function buildChartModel(spec: ChartSpec, context: ModelContext): ChartModel {
  return typeOf(spec.type).model(spec, context);
}

/**
 * The chart at a width in the state of one step.
 * @param room the height a pinned graphic may fill on a wide screen; its marks grow into it
 */
export function drawChart(model: ChartModel, width: number, step: number, room?: number): Drawn {
  return typeOf(model.type).draw(model, width, Math.min(Math.max(0, step), model.steps.length - 1), room);
}

/** The chart with every figure shown at once (downloads). */
export function drawWholeChart(model: ChartModel, width: number): Drawn {
  return typeOf(model.type).drawAll(model, width);
}

/** Every rule that colours chart marks: the shared ones, then each type's own. */
export const chartStyleRules: readonly StyleRule[] = [...commonStyles, ...Object.values(chartTypes).flatMap((type) => type.styles)];
