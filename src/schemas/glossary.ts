import { z } from 'astro/zod';

/** One name or term with its single English rendering. */
export const glossarySchema = z.object({
  /** Stable kebab-case id. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
  /** What sort of name it is; groups the About page's glossary. */
  kind: z.enum(['organisation', 'campaign', 'award', 'app', 'place', 'person', 'term', 'document', 'event']),
  /** The Chinese exactly as in the article. */
  zh: z.string().min(1),
  /** The one English rendering used on every page. */
  en: z.string().min(1),
  /** A short English explanation. */
  note: z.string().optional(),
}).strict();

export type GlossaryEntry = z.infer<typeof glossarySchema>;
