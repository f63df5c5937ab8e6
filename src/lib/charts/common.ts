import { figureLabel, formatFigure, type Figure } from '../figures';
import { formatEnNumber, formatZhNumber } from '../format-number';
import type { BaseModel, CalloutModel, ChartProblem, Drawn, ModelContext } from './chart-type';
import { MIN_WIDTH } from './dimensions';
import { fillTemplate, templateIds } from './template';
import { fontSize, textBlock } from './svg';
import { estimateTextWidth } from './text-width';

/** The fields every chart spec has. */
export interface CommonSpec {
  id: string;
  title: { zh: string; en: string };
  description: { zh: string; en: string };
  steps: {
    id?: string | undefined;
    highlight: string[];
    zh: string;
    en: string;
    callouts?: { figure: string; from?: string | undefined; zh: string; en: string }[] | undefined;
  }[];
}

const placeholders = (texts: readonly string[], field: string) =>
  texts.flatMap((text) =>
    templateIds(text)
      .filter((id) => id !== 'per-mark')
      .map((id) => ({ field, id })),
  );

/** Figure ids named in the texts, highlights and callouts, which every type shares. */
export function commonRefs(spec: CommonSpec): { field: string; id: string }[] {
  return [
    ...spec.steps.flatMap((s, i) => [
      ...s.highlight.map((id) => ({ field: `steps[${i}].highlight`, id })),
      ...placeholders([s.zh, s.en], `steps[${i}] text`),
      ...(s.callouts ?? []).flatMap((c, j) => [
        { field: `steps[${i}].callouts[${j}].figure`, id: c.figure },
        ...(c.from ? [{ field: `steps[${i}].callouts[${j}].from`, id: c.from }] : []),
        ...placeholders([c.zh, c.en], `steps[${i}].callouts[${j}]`),
      ]),
    ]),
    ...placeholders([spec.title.zh, spec.title.en], 'title'),
    ...placeholders([spec.description.zh, spec.description.en], 'description'),
  ];
}

/**
 * What every type refuses in its steps: a highlight or callout on a figure the chart does not
 * draw (it would point at nothing), a figure that no step ever reveals (it would never be
 * drawn), a callout on a mark not yet drawn, and a callout that only repeats the step card.
 */
export function stepProblems(spec: CommonSpec, shown: ReadonlySet<string>, figure: (id: string) => Figure | undefined): ChartProblem[] {
  const problems: ChartProblem[] = [];
  const revealed = new Set<string>();
  spec.steps.forEach((step, i) => {
    for (const id of step.highlight) {
      if (!shown.has(id)) problems.push({ field: `steps[${i}].highlight`, message: `"${id}" is not drawn in this chart` });
      revealed.add(id);
    }
    (step.callouts ?? []).forEach((callout, j) => {
      const field = `steps[${i}].callouts[${j}]`;
      for (const id of [callout.figure, ...(callout.from ? [callout.from] : [])])
        if (!shown.has(id)) problems.push({ field, message: `"${id}" is not drawn in this chart` });
        else if (!revealed.has(id))
          problems.push({ field, message: `"${id}" is not drawn yet in this step (no step so far highlights it)` });
      for (const lang of ['zh', 'en'] as const) {
        // A callout points: one short line, even on the narrowest phone, so the room it keeps
        // in the steps without it is never more than a line.
        const line = estimateTextWidth(callout[lang].replace(/\{[a-z0-9-]+\}/g, '00000'), 14, true);
        if (line > MIN_WIDTH - 16)
          problems.push({
            field: `${field}.${lang}`,
            message: `is longer than one line at ${MIN_WIDTH}px: a callout points, the card tells`,
          });
        const resolve = (id: string) => {
          const found = figure(id);
          return found ? formatFigure(found, lang, 'text') : `{${id}}`;
        };
        const note = fillTemplate(callout[lang], resolve);
        const card = fillTemplate(step[lang], resolve);
        if (card.includes(note))
          problems.push({ field: `${field}.${lang}`, message: `repeats the step card ("${note}"): a callout points, the card tells` });
      }
    });
  });
  for (const id of shown)
    if (!revealed.has(id)) problems.push({ field: 'steps', message: `no step highlights "${id}", so it is never drawn` });
  return problems;
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
  const revealed = new Set<string>();
  return {
    id: spec.id,
    lang,
    title: fillTemplate(spec.title[lang], resolve),
    kicker: `${strings.chart} · ${period}`,
    description: fillTemplate(spec.description[lang], resolve),
    keys: [],
    figures,
    conflicts: figures.filter((id) => context.figure(id).conflictsWith !== undefined),
    steps: spec.steps.map((step, i) => ({
      anchor: `chart-${spec.id}-${step.id ?? String(i + 1)}`,
      highlight: step.highlight,
      revealed: (step.highlight.forEach((id) => revealed.add(id)), [...revealed]),
      callouts: (step.callouts ?? []).map((c) => ({ figure: c.figure, from: c.from, text: fillTemplate(c[lang], resolve) })),
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
    })),
  };
}

/**
 * A drawing fitted to the room it has: on a wide screen's stage its marks and gaps grow (text
 * keeps its size) to the largest scale that still fits, up to `most` times; on a phone, where
 * the pinned graphic must leave room for its step card, they shrink down to 0.6 times. Without
 * room, or when nothing fits, the drawing is as it is.
 */
export function fillRoom(draw: (k: number) => Drawn, room: number | undefined, most = 2.4): Drawn {
  const plain = draw(1);
  if (!room || plain.height === room) return plain;
  if (plain.height > room) {
    for (let k = 0.9; k >= 0.6 - 1e-9; k -= 0.1) {
      const drawn = draw(k);
      if (drawn.height <= room) return drawn;
    }
    return plain;
  }
  for (let k = most; k > 1; k -= 0.1) {
    const drawn = draw(k);
    if (drawn.height <= room) return drawn;
  }
  return plain;
}

/** What one step draws, for every type: the figures drawn so far, those it highlights, its callouts. */
export interface StepState {
  revealed: ReadonlySet<string>;
  on: ReadonlySet<string>;
  callouts: readonly CalloutModel[];
}

/** A step's state from the model. */
export function stepState(model: BaseModel, step: number): StepState {
  const s = model.steps[step];
  return { revealed: new Set(s?.revealed), on: new Set(s?.highlight), callouts: s?.callouts ?? [] };
}

/**
 * The room each figure's callouts need at a width (the longest of its callouts, wrapped, plus
 * `gap`), kept in every step so a callout appearing moves nothing.
 */
export function calloutRooms(model: BaseModel, width: number, gap: (callout: CalloutModel) => number): Map<string, number> {
  const rooms = new Map<string, number>();
  for (const c of model.steps.flatMap((s) => s.callouts))
    rooms.set(c.figure, Math.max(rooms.get(c.figure) ?? 0, textBlock(c.text, 0, 0, width, '', fontSize, true).height + gap(c)));
  return rooms;
}
