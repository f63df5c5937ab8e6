import { describe, expect, it } from 'vitest';
import { computeRows, logDomain, type RowInput } from '../../../src/lib/charts/rows';

const tags = { main: 'box', compare: 'main text' };
const formatTick = (v: number) => String(v);
const rows: RowInput[] = [
  { id: 'one', label: 'One', value: 1, valueText: '1' },
  { id: 'thousand', label: 'A thousand', value: 1000, valueText: '1,000' },
  { id: 'pair', label: 'Pair', value: 3324, valueText: '3,324', compare: { id: 'twin', value: 3741, valueText: '3,741' } },
];

describe('logDomain', () => {
  it('spans whole orders of magnitude', () => {
    expect(logDomain([1, 19, 361_300])).toEqual([1, 1_000_000]);
    expect(logDomain([932, 16_000_000])).toEqual([100, 100_000_000]);
    expect(logDomain([1000])).toEqual([1000, 10000]);
  });
});

describe('computeRows on a log scale', () => {
  const layout = computeRows(rows, { width: 300, scale: 'log', tags, formatTick });

  it('puts each order of magnitude an equal distance apart', () => {
    const [one, thousand] = layout.rows.map((r) => r.marks[0]?.x ?? NaN);
    expect(one).toBeCloseTo(layout.x0);
    // Domain 1–10,000 spans four decades; 1,000 sits three quarters of the way.
    expect(thousand).toBeCloseTo(layout.x0 + 0.75 * (layout.x1 - layout.x0));
  });

  it('draws dots, ticks at powers of ten and a second tagged mark for a contradicted figure', () => {
    expect(layout.mark).toBe('dot');
    expect(layout.ticks.map((t) => t.label)).toEqual(['1', '10', '100', '1000', '10000']);
    const pair = layout.rows[2];
    expect(pair?.marks.map((m) => m.id)).toEqual(['pair', 'twin']);
    expect(pair?.marks.map((m) => m.valueText)).toEqual(['3,324 · box', '3,741 · main text']);
  });

  it('stacks rows downwards without overlap and reports the total height', () => {
    const ys = layout.rows.flatMap((r) => [r.labelY, ...r.marks.map((m) => m.y)]);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(layout.height).toBeGreaterThan(ys.at(-1) ?? 0);
  });

  it('keeps value labels inside the width', () => {
    for (const mark of layout.rows.flatMap((r) => r.marks)) {
      if (mark.valueAnchor === 'start') expect(mark.valueX).toBeLessThan(300);
      else expect(mark.valueX).toBeGreaterThan(0);
    }
  });
});

describe('computeRows on linear scales', () => {
  it('starts bars at zero on a shared scale', () => {
    const layout = computeRows(
      [{ id: 'before', label: 'Before', value: 15, valueText: '15' }, { id: 'after', label: 'After', value: 3, valueText: 'fewer than 3' }],
      { width: 300, scale: 'linear', tags, formatTick },
    );
    expect(layout.mark).toBe('bar');
    const [before, after] = layout.rows.map((r) => (r.marks[0]?.x ?? 0) - layout.x0);
    expect((after ?? 0) / (before ?? 1)).toBeCloseTo(3 / 15);
    for (const mark of layout.rows.flatMap((r) => r.marks)) expect(mark.valueAnchor).toBe('start');
  });

  it('gives each pair its own scale and no shared axis', () => {
    const layout = computeRows(
      [
        { id: 'a', label: 'A', value: 3000, valueText: '3,000', compare: { id: 'b', value: 1567, valueText: '1,567' } },
        { id: 'c', label: 'C', value: 1_200_000, valueText: '1.2 million', compare: { id: 'd', value: 455_000, valueText: '455,000' } },
      ],
      { width: 300, scale: 'pair-linear', tags, formatTick },
    );
    expect(layout.ticks).toEqual([]);
    const [a, b] = layout.rows[0]?.marks ?? [];
    const [c] = layout.rows[1]?.marks ?? [];
    expect(a?.x).toBeCloseTo(c?.x ?? 0);
    expect(((b?.x ?? 0) - layout.x0) / ((a?.x ?? 1) - layout.x0)).toBeCloseTo(1567 / 3000);
  });
});
