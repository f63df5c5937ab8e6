import { z } from 'astro/zod';
import { periods } from '../lib/figures';
import { kebabId } from './figure';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

/** One scrollytelling step: its text (with {figure-id} placeholders) and what it highlights. */
const stepSchema = z.object({
  /** Figure ids drawn in the highlight colour in this step. */
  highlight: z.array(z.string()).min(1),
  /** For unit charts: which arrangement the step shows. */
  state: z.enum(['total', 'parts', 'extra']).optional(),
  zh: z.string().min(1),
  en: z.string().min(1),
}).strict();

const common = {
  /** Stable kebab-case id, used by <Chart id> and in embed URLs. */
  id: kebabId,
  /** The section whose figures the chart shows. */
  section: kebabId,
  /** The period the figures cover, as in the ledger. */
  period: z.enum(periods),
  title: bilingual,
  /** Text alternative for the graphic; may use {figure-id} placeholders. */
  description: bilingual,
  steps: z.array(stepSchema).min(3),
};

/** Rows of dots (log scale) or bars (linear) — one row per figure, a second mark where the article contradicts itself. */
const rowsChart = z.object({
  ...common,
  type: z.literal('rows'),
  scale: z.enum(['log', 'linear', 'pair-linear']),
  rows: z.array(z.object({ figure: z.string(), compare: z.string().optional() }).strict()).min(2),
}).strict();

/** A unit chart: one square per `perMark` of the total, regrouped into parts, then a separate figure. */
const unitChart = z.object({
  ...common,
  type: z.literal('unit-grid'),
  perMark: z.number().positive(),
  total: z.string(),
  parts: z.array(z.string()).min(1),
  extra: z.string(),
}).strict();

export const chartSchema = z.discriminatedUnion('type', [rowsChart, unitChart]);

export type ChartSpec = z.infer<typeof chartSchema>;
