import { describe, expect, it } from 'vitest';
import { waffle, waffleCells, waffleHeight } from '../../../src/lib/charts/waffle';

describe('waffle', () => {
  it('fits as many columns as the width holds, gaps between them only', () => {
    expect(waffle(100, 9, 2).cols).toBe(9); // 9 × 11 − 2 = 97 ≤ 100
    expect(waffle(5, 9, 2).cols).toBe(1);
  });
  it('lays marks row by row and cuts the last to its fraction, so 4.4 marks are not 5', () => {
    const grid = waffle(30, 9, 2); // 2 columns: 2 × 11 − 2 = 20 ≤ 30 < 31
    const cells = waffleCells(grid, 4.4, 10);
    expect(cells.map((c) => [c.x, c.y])).toEqual([
      [0, 10],
      [11, 10],
      [0, 21],
      [11, 21],
      [0, 32],
    ]);
    expect(cells.at(-1)?.fill).toBeCloseTo(0.4);
    expect(waffleHeight(grid, 4.4)).toBe(33);
  });
  it('draws a whole number of marks without a sliver left over from floating point', () => {
    const grid = waffle(100, 9, 2);
    expect(waffleCells(grid, 0.1 + 0.2 + 2.7, 0)).toHaveLength(3);
  });
});
