import { z } from 'astro/zod';
import { text } from './text';
import { kebabId } from './figure';

const bilingual = z.object({ zh: text, en: text }).strict();

/** A step's text (with {figure-id} placeholders), what it highlights and an optional stable id for links. */
const stepFields = {
  /** A stable id for links to the step (#chart-<chart>-<id>); defaults to its number. */
  id: kebabId.optional(),
  /** Figure ids drawn in the highlight colour in this step. */
  highlight: z.array(z.string()).min(1),
  zh: text,
  en: text,
};

const common = {
  /** Stable kebab-case id, used by <Chart id> and in embed URLs. */
  id: kebabId,
  /** The section whose text the chart illustrates. */
  section: kebabId,
  title: bilingual,
  /** Text alternative for the graphic; may use {figure-id} placeholders. */
  description: bilingual,
};

/** One row of a bar or dot chart; `compare` adds the other figure where the article contradicts itself. */
const row = z.object({ figure: z.string(), compare: z.string().optional() }).strict();

/**
 * Rows of bars (linear) or dots (log scale), in panels: each panel has one unit and its own
 * scale, so money never shares an axis with head-counts. A panel of one figure is drawn as
 * a figure on its own (a number, no axis).
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
            scale: z.enum(['log', 'linear']),
            rows: z.array(row).min(1),
          })
          .strict(),
      )
      .min(1),
    steps: z.array(z.object(stepFields).strict()).min(2),
  })
  .strict();

/**
 * A unit chart: one square per `perMark` of a whole, regrouped into its named parts; then,
 * optionally, a separate figure in another unit, drawn with its own mark (a circle) and key.
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
    extra: z.object({ figure: z.string(), perMark: z.number().positive(), key: bilingual }).strict().optional(),
    steps: z.array(z.object({ ...stepFields, state: z.enum(['total', 'parts', 'extra']) }).strict()).min(2),
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
    steps: z.array(z.object(stepFields).strict()).min(2),
  })
  .strict();

export const chartSchema = z.discriminatedUnion('type', [rowsChart, unitChart, symbolChart]);

export type ChartSpec = z.infer<typeof chartSchema>;
export type RowsSpec = z.infer<typeof rowsChart>;
export type UnitSpec = z.infer<typeof unitChart>;
export type SymbolSpec = z.infer<typeof symbolChart>;
