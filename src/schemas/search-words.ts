import { z } from 'astro/zod';
import { text } from './text';
import { kebabId } from './figure';

/**
 * Words readers type for a passage that the passage itself does not use (外卖骑手, "delivery
 * riders"), and the paragraphs they mean. Search finds those paragraphs by them and shows the
 * paragraphs' own text, never the words. A glossary term's aliases do the same for every
 * paragraph that names the term; these point at particular paragraphs.
 */
export const searchWordsSchema = z
  .object({
    id: kebabId,
    zh: z.array(text).min(1).optional(),
    en: z.array(text).min(1).optional(),
    /** Paragraph anchors (p<source line>), the same in both languages; the one that answers best first. */
    paragraphs: z
      .array(z.string().regex(/^p\d+$/, 'must be a paragraph anchor such as "p106"'))
      .min(1)
      .max(4),
    /** Which passage the words mean, for the next editor. */
    why: text,
  })
  .strict()
  .refine((w) => w.zh !== undefined || w.en !== undefined, { message: 'needs words in "zh" or "en"' });

export type SearchWords = z.infer<typeof searchWordsSchema>;
