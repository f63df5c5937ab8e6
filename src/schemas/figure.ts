import { z } from 'astro/zod';
import { text } from './text';
import { periods } from '../lib/figures';

/** A kebab-case id: figures, charts, glossary entries and the MDX file names use them. */
export const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

/** One figure of the ledger: a number the article prints, with where it comes from. */
export const figureSchema = z
  .object({
    /** Stable kebab-case id used by <Fig id> and the charts. */
    id: kebabId,
    /** The exact value (万 and 亿 expanded). */
    value: z.number().finite(),
    /** What is counted. */
    unit: z.enum([
      'people',
      'person-times',
      'organisations',
      'enterprises',
      'events',
      'sessions',
      'items',
      'articles',
      'views',
      'yuan',
      'places',
      'classes',
      'cases',
      'letters',
      'pairs',
      'households',
      'teams',
      'regions',
      'years',
      'editions',
      'percent',
      'disputes',
      'age',
    ]),
    /** How the article qualifies the number: 余 more-than, 超 over, 近 nearly, 不足 fewer-than. */
    qualifier: z.enum(['exact', 'more-than', 'over', 'nearly', 'fewer-than']),
    /** fyp14: 十四五时期; y2025: 2025年; to-date: cumulative; event: one event or story. */
    period: z.enum(periods),
    /** The id of the section the figure belongs to (checked against content/sections by the content index). */
    theme: kebabId,
    zh: z
      .object({
        /** The number exactly as printed in the article, qualifier characters included. */
        text: text,
        /** A short Chinese label. */
        label: text,
      })
      .strict(),
    en: z
      .object({
        /** A short English label. */
        label: text,
      })
      .strict(),
    /** A verbatim fragment of the source containing zh.text. */
    quote: text,
    /** The id of the figure the article contradicts this one with. */
    conflictsWith: z.string().optional(),
    /** True when the quote comes from the 数说 box. */
    box: z.boolean().optional(),
  })
  .strict();

/** A figure as the schema gives it: src/lib/figures.ts names it `Figure` for every consumer. */
export type LedgerEntry = z.output<typeof figureSchema>;
