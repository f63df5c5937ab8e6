import { figureLabel, formatFigure, type Figure } from '../figures';
import { formatEnNumber, formatZhNumber } from '../format-number';
import type { BaseModel, ChartProblem, ModelContext } from './chart-type';
import { fillTemplate, templateIds } from './template';

/** The fields every chart spec has. */
export interface CommonSpec {
  id: string;
  title: { zh: string; en: string };
  description: { zh: string; en: string };
  steps: { id?: string | undefined; highlight: string[]; zh: string; en: string; state?: string | undefined }[];
}

/** Figure ids named in the texts and highlights, which every type shares. */
export function commonRefs(spec: CommonSpec): { field: string; id: string }[] {
  return [
    ...spec.steps.flatMap((s, i) => [
      ...s.highlight.map((id) => ({ field: `steps[${i}].highlight`, id })),
      ...[...templateIds(s.zh), ...templateIds(s.en)].filter((id) => id !== 'per-mark').map((id) => ({ field: `steps[${i}] text`, id })),
    ]),
    ...[spec.description.zh, spec.description.en].flatMap((text) =>
      templateIds(text)
        .filter((id) => id !== 'per-mark')
        .map((id) => ({ field: 'description', id })),
    ),
  ];
}

/** A step that highlights a figure the chart does not draw would light up nothing. */
export function highlightProblems(steps: CommonSpec['steps'], shown: ReadonlySet<string>): ChartProblem[] {
  return steps.flatMap((step, i) =>
    step.highlight
      .filter((id) => !shown.has(id))
      .map((id) => ({
        field: `steps[${i}].highlight`,
        message: `"${id}" is not drawn in this chart`,
      })),
  );
}

/** A number as a chart key prints it ("1万", "10,000"). */
export const plainNumber = (value: number, lang: 'zh' | 'en'): string => (lang === 'zh' ? formatZhNumber(value) : formatEnNumber(value));

/**
 * When a chart's figures come from different periods, each label says its own; the kicker
 * then says "various periods" instead of claiming one period for all.
 */
export function periodTag(figures: readonly Figure[], context: ModelContext): (figure: Figure) => string {
  const mixed = new Set(figures.map((f) => f.period)).size > 1;
  const name = (figure: Figure) => context.strings.periods[figure.period];
  // In English the tag sits mid-sentence: "(to date)", "(one event)".
  return (figure) =>
    !mixed ? '' : context.lang === 'zh' ? `（${name(figure)}）` : ` (${name(figure).charAt(0).toLowerCase()}${name(figure).slice(1)})`;
}

/** The model fields every type shares: texts filled from the ledger, the kicker's period, the step descriptions. */
export function baseModel(spec: CommonSpec, ids: readonly string[], context: ModelContext, perMark?: number): Omit<BaseModel, 'type'> {
  const { lang, strings } = context;
  const resolve = (id: string) =>
    id === 'per-mark' && perMark !== undefined ? plainNumber(perMark, lang) : formatFigure(context.figure(id), lang, 'text');
  const figures = [...new Set(ids)];
  const periods = new Set(figures.map((id) => context.figure(id).period));
  const period = periods.size === 1 ? strings.periods[[...periods][0] ?? 'mixed'] : strings.periods.mixed;
  return {
    id: spec.id,
    lang,
    title: spec.title[lang],
    kicker: `${strings.chart} · ${period}`,
    description: fillTemplate(spec.description[lang], resolve),
    keys: [],
    figures,
    conflicts: figures.filter((id) => context.figure(id).conflictsWith !== undefined),
    steps: spec.steps.map((step, i) => ({
      anchor: `chart-${spec.id}-${step.id ?? String(i + 1)}`,
      highlight: step.highlight,
      text: fillTemplate(step[lang], resolve),
      describe: strings.highlighted.replace(
        '{items}',
        step.highlight
          .map((id) => {
            const figure = context.figure(id);
            return `${figureLabel(figure, lang)}${lang === 'zh' ? '：' : ': '}${formatFigure(figure, lang)}`;
          })
          .join(strings.separator),
      ),
      state: step.state,
    })),
  };
}
