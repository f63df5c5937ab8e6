import { z } from 'astro/zod';
import { text } from './text';
import { kebabId } from './figure';

/** One name or term with its single English rendering. */
export const glossarySchema = z
  .object({
    /** Stable kebab-case id. */
    id: kebabId,
    /** What sort of name it is; groups the About page's glossary. */
    kind: z.enum(['organisation', 'campaign', 'award', 'app', 'place', 'person', 'term', 'document', 'event']),
    /** The Chinese exactly as in the article. */
    zh: text,
    /** The one English rendering used on every page. */
    en: text,
    /** A short English explanation, shown in the About page's glossary. */
    note: z.string().optional(),
    /**
     * Where the English rendering comes from when it follows a published official translation
     * (Xinhua, China Daily, the ACFTU): publisher, date and title of the piece.
     */
    source: text.optional(),
    /**
     * A short explanation for a reader abroad, opened where the term is first mentioned on a page.
     * English pages use `en`; Chinese pages use `zh` where one is given.
     */
    explain: z.object({ en: text, zh: text.optional() }).strict().optional(),
    /** Words readers type for the term that the text itself may not use ("delivery riders", 外卖骑手). */
    aliases: z
      .object({ zh: z.array(text).optional(), en: z.array(text).optional() })
      .strict()
      .optional(),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossarySchema>;
