import { z } from 'astro/zod';

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'is not a date on the calendar');

/**
 * This edition of the site: facts the site itself can vouch for. The source article carries no
 * date, so none is given for it; only this edition's own release is dated.
 */
export const editionSchema = z
  .object({
    /** The day this edition of the site was released (YYYY-MM-DD). */
    released: isoDate,
  })
  .strict();

export type Edition = z.output<typeof editionSchema>;
