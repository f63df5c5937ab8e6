import { z } from 'astro/zod';

/**
 * Characters no printed text needs and that hide mistakes: control characters (NUL, ESC…; not
 * tab or line breaks, which YAML's folded blocks leave),
 * bidirectional overrides (a label that reads backwards) and invisible joiners and spaces
 * (a term or paragraph that no longer matches its source).
 */
const invisible = /[^\P{Cc}\t\n\r]|[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Text an author writes and a reader sees: not blank (a title of spaces or U+3000 would be an
 * empty heading and invisible link text), and free of invisible characters, each named by its
 * code point because a terminal cannot show it.
 */
export const text = z.string().superRefine((value, ctx) => {
  if (value.trim() === '') ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must not be blank' });
  const hidden = [...value].filter((c) => invisible.test(c));
  if (hidden.length > 0)
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `contains invisible characters (${[...new Set(hidden.map(codePoint))].join(', ')}); remove them`,
    });
});
