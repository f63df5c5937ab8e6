import { z } from 'astro/zod';
import { text } from './text';
import { kebabId } from './figure';

/** A report section: the introduction, the four parts and the conclusion. */
export const sectionSchema = z
  .object({
    /** zh: the article's heading verbatim; en: its translation. */
    title: text,
    /** Short label for menus and previous/next links. */
    navTitle: text,
    /** Meta description: a sentence of the section (zh verbatim). */
    description: text,
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
    title: text,
    /** Meta description: a sentence of the story (zh verbatim). */
    description: text,
    /** The section the story sits in. */
    section: kebabId,
    /** Position in the article, 1–12. */
    order: z.number().int().min(1),
    /** Who the story is about, in the article's words. */
    who: text,
    /** Where it happens. */
    where: text,
    /** When, as the article dates it; left out where the article gives no time. */
    when: text.optional(),
    /** Ledger ids of the figures the story relates to. */
    related: z.array(z.string()).default([]),
    /**
     * The story's own chart (an id in content/charts.json), shown still on the story page. It
     * must draw at least one of the story's related figures; the same in both languages.
     */
    chart: kebabId.optional(),
  })
  .strict();

/** A standalone page such as About. */
export const pageSchema = z
  .object({
    title: text,
    description: text,
  })
  .strict();
