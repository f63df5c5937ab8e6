import { z } from 'astro/zod';
import { text } from './text';
import { kebabId } from './figure';

const bilingual = z.object({ zh: text, en: text }).strict();

/**
 * A short note drawn next to one mark for the length of a step ("降幅超80%"). It says what the
 * step card does not: the card tells, the callout points.
 */
const callout = z
  .object({
    /** The figure whose mark the callout sits next to. */
    figure: z.string(),
    /** Another figure: the callout then spans from that mark's end to this one's (a fall, a gap). */
    from: z.string().optional(),
    zh: text,
    en: text,
  })
  .strict();

/**
 * A step: its text (with {figure-id} placeholders), the figures it is about and what it points
 * at. A figure's mark is drawn from the first step that highlights it on, so the scroll builds
 * the chart up; until then its place is held by a faint outline.
 */
const step = z
  .object({
    /** A stable id for links to the step (#chart-<chart>-<id>); defaults to its number. */
    id: kebabId.optional(),
    /** Figure ids the step is about: drawn in the highlight colour, and drawn at all from here on. */
    highlight: z.array(z.string()).min(1),
    zh: text,
    en: text,
    callouts: z.array(callout).optional(),
  })
  .strict();
const steps = z.array(step).min(2);

const common = {
  /** Stable kebab-case id, used by <Chart id> and in embed URLs. */
  id: kebabId,
  /** The section whose text the chart illustrates. */
  section: kebabId,
  /** What the chart shows, as a finding in the source's own terms; may use {figure-id} placeholders. */
  title: bilingual,
  /** Text alternative for the graphic; may use {figure-id} placeholders. */
  description: bilingual,
};

/**
 * One row of bars. `compare` adds the other figure where the article contradicts itself; `part`
 * draws a figure the article gives as 其中 (of which) inside this one's bar; `label` replaces the
 * ledger's short label where the chart needs the activity named.
 */
const row = z
  .object({ figure: z.string(), compare: z.string().optional(), part: z.string().optional(), label: bilingual.optional() })
  .strict();

/**
 * Rows of bars in panels: each panel has one unit, one period and its own linear scale, so
 * money never shares an axis with head-counts, nor cases with times, nor "to date" with a period.
 */
export const rowsChart = z
  .object({
    ...common,
    type: z.literal('rows'),
    panels: z
      .array(
        z
          .object({
            /** A heading for the panel; by default the name of its unit. */
            heading: bilingual.optional(),
            rows: z.array(row).min(1),
          })
          .strict(),
      )
      .min(1),
    steps,
  })
  .strict();

/**
 * A unit chart: one square per `perMark` of a whole, then each named part (其中) as its own
 * share of that whole. The article does not say whether its parts overlap, so they are never
 * drawn as disjoint pieces of one block.
 */
export const unitChart = z
  .object({
    ...common,
    type: z.literal('unit-grid'),
    whole: z
      .object({
        total: z.string(),
        parts: z.array(z.string()).min(1),
        perMark: z.number().positive(),
        /** What one square stands for; {per-mark} prints perMark ("每个方块代表{per-mark}名会员"). */
        key: bilingual,
      })
      .strict(),
    steps,
  })
  .strict();

/** A symbol chart: one symbol per `perMark` of each figure, a labelled block per figure, all in one unit. */
export const symbolChart = z
  .object({
    ...common,
    type: z.literal('symbols'),
    perMark: z.number().positive(),
    /** What one symbol stands for; {per-mark} prints perMark. */
    key: bilingual,
    groups: z.array(z.string()).min(2),
    steps,
  })
  .strict();

export const chartSchema = z.discriminatedUnion('type', [rowsChart, unitChart, symbolChart]);

export type ChartSpec = z.infer<typeof chartSchema>;
export type RowsSpec = z.infer<typeof rowsChart>;
export type UnitSpec = z.infer<typeof unitChart>;
export type SymbolSpec = z.infer<typeof symbolChart>;
