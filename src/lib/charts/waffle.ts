/**
 * The waffle both unit charts draw (unit-grid's squares and circles, symbols' blocks): marks of one
 * size in rows that fill the width, each standing for the same quantity, the last one cut to its
 * fraction (489.4 marks are 489 whole ones and 0.4 of one).
 */
export interface Waffle {
  /** Side of one mark, px. */
  cell: number;
  /** Distance from one mark to the next, px. */
  step: number;
  cols: number;
}

/** The grid that fits a width. */
export function waffle(width: number, cell: number, gap: number): Waffle {
  return { cell, step: cell + gap, cols: Math.max(1, Math.floor((width + gap) / (cell + gap))) };
}

/** One mark of an amount: its top-left corner and the fraction of it that is filled (0–1]. */
export interface WaffleCell {
  n: number;
  x: number;
  y: number;
  fill: number;
}

/** The marks of an amount, laid out from `top`: whole ones, the last cut to its fraction. */
export function waffleCells(grid: Waffle, amount: number, top: number): WaffleCell[] {
  const count = Math.ceil(amount - 1e-9);
  return Array.from({ length: count }, (_, n) => ({
    n,
    x: (n % grid.cols) * grid.step,
    y: top + Math.floor(n / grid.cols) * grid.step,
    fill: Math.min(1, amount - n),
  }));
}

/** The height the marks of an amount take. */
export const waffleHeight = (grid: Waffle, amount: number): number => Math.ceil(Math.ceil(amount - 1e-9) / grid.cols) * grid.step;
