import { z } from 'astro/zod';
import { text } from './text';
import { kebabId } from './figure';

/**
 * A topic page: everything the article says about one subject, gathered from the glossary
 * terms that name it (every paragraph, story, figure and chart where one of them appears).
 */
export const topicSchema = z
  .object({
    /** The page's URL segment: /zh/topics/<id>/. */
    id: kebabId,
    title: z.object({ zh: text, en: text }).strict(),
    /** Glossary ids (content/glossary.json) whose mention makes a paragraph part of the topic. */
    terms: z.array(kebabId).min(1),
  })
  .strict();

export type Topic = z.infer<typeof topicSchema>;
