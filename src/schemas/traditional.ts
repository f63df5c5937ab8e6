import { z } from 'astro/zod';
import { text } from './text';

/**
 * A reviewed correction to the 繁體 conversion (content/traditional.json): OpenCC picks the
 * wrong traditional character for `zh` in this article, and the edition prints `hant` instead.
 */
export const traditionalOverrideSchema = z
  .object({
    /** The simplified text as the source has it, with enough context to be unambiguous. */
    zh: text,
    /** The same text in 繁體, character for character. */
    hant: text,
    /** Why OpenCC's choice is wrong here, for the next reviewer. */
    why: text,
  })
  .strict()
  .refine((o) => [...o.zh].length === [...o.hant].length, {
    message: 'field "hant" must have as many characters as "zh"',
    path: ['hant'],
  });

export type TraditionalOverride = z.infer<typeof traditionalOverrideSchema>;
