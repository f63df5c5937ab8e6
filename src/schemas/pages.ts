import { z } from 'astro/zod';
import { kebabId } from './figure';

/** A report section: the introduction, the four parts and the conclusion. */
export const sectionSchema = z
  .object({
    /** zh: the article's heading verbatim; en: its translation. */
    title: z.string().min(1),
    /** Short label for menus and previous/next links. */
    navTitle: z.string().min(1),
    /** Meta description: a sentence of the section (zh verbatim). */
    description: z.string().min(1),
    /** Position in the article, 1–6. */
    order: z.number().int().min(1),
    /** intro: the opening (title, 数说 box); part: one of the numbered parts; conclusion: the close. */
    role: z.enum(['intro', 'part', 'conclusion']),
  })
  .strict();

/** A worker or place story told inside a section. */
export const storySchema = z
  .object({
    /** Short descriptive title (the article gives stories none). */
    title: z.string().min(1),
    /** Meta description: a sentence of the story (zh verbatim). */
    description: z.string().min(1),
    /** The section the story sits in. */
    section: kebabId,
    /** Position in the article, 1–12. */
    order: z.number().int().min(1),
    /** Who the story is about, in the article's words. */
    who: z.string().min(1),
    /** Where it happens. */
    where: z.string().min(1),
    /** When, as the article dates it; left out where the article gives no time. */
    when: z.string().min(1).optional(),
    /** Ledger ids of the figures the story relates to. */
    related: z.array(z.string()).default([]),
  })
  .strict();

/** A standalone page such as About. */
export const pageSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
  })
  .strict();
