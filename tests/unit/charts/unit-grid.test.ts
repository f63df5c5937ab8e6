import { describe, expect, it } from 'vitest';
import { computeUnitGrid, unitColumns, unitGridHeight, type UnitGridInput } from '../../../src/lib/charts/unit-grid';

const input: UnitGridInput = {
  width: 288, total: 489.4, parts: [170, 319], extra: 5.59,
  labels: { total: 'members', parts: ['new employment', 'migrant'], extra: 'organisations' },
};

describe('unitColumns', () => {
  it('fits whole cells and gaps in the width', () => {
    expect(unitColumns(288, 9, 2)).toBe(26);
    expect(unitColumns(640, 9, 2)).toBe(58);
    expect(unitColumns(5, 9, 2)).toBe(1);
  });
});

describe('computeUnitGrid', () => {
  it('draws one square per unit and cuts the last to its fraction', () => {
    const layout = computeUnitGrid(input, 'total');
    const members = layout.marks.filter((m) => m.key.startsWith('m'));
    expect(members).toHaveLength(490);
    expect(members.at(-1)?.width).toBeCloseTo(0.4 * 9);
    expect(members.slice(0, -1).every((m) => m.width === 9)).toBe(true);
  });

  it('colours the parts in the parts state and leaves the unnamed remainder neutral', () => {
    const layout = computeUnitGrid(input, 'parts');
    const count = (group: string) => layout.marks.filter((m) => m.group === group).length;
    expect(count('part-0')).toBe(170);
    expect(count('part-1')).toBe(319);
    expect(count('rest')).toBe(1);
    expect(layout.labels.map((l) => l.text)).toEqual(['new employment', 'migrant']);
  });

  it('keeps the same keys in every state so squares can move', () => {
    const keys = (state: 'total' | 'parts' | 'extra') => computeUnitGrid(input, state).marks.map((m) => m.key).sort();
    expect(keys('parts')).toEqual(keys('total'));
    expect(keys('extra')).toEqual(keys('total'));
  });

  it('shows the separate figure only in its own state', () => {
    const extra = (state: 'total' | 'extra') => computeUnitGrid(input, state).marks.filter((m) => m.group === 'extra');
    expect(extra('total').every((m) => m.opacity === 0)).toBe(true);
    expect(extra('extra')).toHaveLength(6);
    expect(extra('extra').every((m) => m.opacity === 1)).toBe(true);
    expect(extra('extra').at(-1)?.width).toBeCloseTo(0.59 * 9);
  });

  it('reports the tallest state as the graphic height', () => {
    const heights = (['total', 'parts', 'extra'] as const).map((s) => computeUnitGrid(input, s).height);
    expect(unitGridHeight(input)).toBe(Math.max(...heights));
  });

  it('keeps every square inside the width', () => {
    for (const width of [288, 400, 640]) {
      for (const mark of computeUnitGrid({ ...input, width }, 'parts').marks) expect(mark.x + mark.size).toBeLessThanOrEqual(width);
    }
  });
});
