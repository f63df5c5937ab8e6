/** Which arrangement of the unit chart a scrolly step shows. */
export type UnitState = 'total' | 'parts' | 'extra';

export interface UnitGridInput {
  width: number;
  /** Marks for the whole (e.g. 489.4 for 489.4万 at one mark per 10,000). */
  total: number;
  /** Marks for each named part of the whole, in order. */
  parts: number[];
  /** Marks for a separate figure in another unit, shown on its own. */
  extra: number;
  labels: { total: string; parts: string[]; extra: string };
  cell?: number;
  gap?: number;
}

export interface UnitMark {
  key: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** Colour role: 0 = the whole, 1.. = the parts, 'rest' = in the whole but in no named part. */
  group: 'total' | 'rest' | 'extra' | `part-${number}`;
  opacity: number;
}

export interface UnitLabel {
  x: number;
  y: number;
  text: string;
  group: UnitMark['group'];
}

export interface UnitLayout {
  width: number;
  height: number;
  cell: number;
  marks: UnitMark[];
  labels: UnitLabel[];
}

const LABEL = 22;

/** Columns of cells that fit in a width. */
export function unitColumns(width: number, cell: number, gap: number): number {
  return Math.max(1, Math.floor((width + gap) / (cell + gap)));
}

/**
 * One square per unit, the last one cut to its fraction (489.4 → 489 squares and 0.4 of one).
 * The same keys appear in every state so a transition can move each square to its new place.
 */
export function computeUnitGrid(input: UnitGridInput, state: UnitState): UnitLayout {
  const cell = input.cell ?? 9;
  const gap = input.gap ?? 2;
  const step = cell + gap;
  const cols = unitColumns(input.width, cell, gap);
  const wholeCount = Math.ceil(input.total);
  const marks: UnitMark[] = [];
  const labels: UnitLabel[] = [];

  // Which group each square of the whole belongs to in the "parts" arrangement.
  const boundaries = input.parts.reduce<number[]>((acc, part) => [...acc, (acc.at(-1) ?? 0) + part], []);
  const groupOf = (i: number): UnitMark['group'] => {
    const index = boundaries.findIndex((end) => i < end);
    return index === -1 ? 'rest' : `part-${index}`;
  };
  const fraction = (i: number, count: number) => Math.min(1, count - i);

  let y = 0;
  const placeBlock = (indices: number[], label: string, group: UnitMark['group'], fractionOf: (i: number) => number) => {
    labels.push({ x: 0, y: y + 15, text: label, group });
    y += LABEL;
    indices.forEach((i, n) => {
      marks.push({
        key: `m${i}`, x: (n % cols) * step, y: y + Math.floor(n / cols) * step, width: cell * fractionOf(i), size: cell,
        group: state === 'parts' ? groupOf(i) : 'total', opacity: state === 'extra' ? 0.25 : 1,
      });
    });
    y += Math.ceil(indices.length / cols) * step + 10;
  };

  const whole = Array.from({ length: wholeCount }, (_, i) => i);
  if (state === 'parts') {
    let start = 0;
    input.parts.forEach((part, p) => {
      const end = p === input.parts.length - 1 ? wholeCount : start + Math.ceil(part);
      placeBlock(whole.slice(start, end), input.labels.parts[p] ?? '', `part-${p}`, (i) => fraction(i, input.total));
      start = end;
    });
  } else {
    placeBlock(whole, input.labels.total, 'total', (i) => fraction(i, input.total));
  }

  const extraCount = Math.ceil(input.extra);
  const extraTop = y;
  if (state === 'extra') labels.push({ x: 0, y: y + 15, text: input.labels.extra, group: 'extra' });
  for (let i = 0; i < extraCount; i += 1) {
    marks.push({
      key: `e${i}`, x: (i % cols) * step, y: extraTop + LABEL + Math.floor(i / cols) * step, width: cell * fraction(i, input.extra),
      size: cell, group: 'extra', opacity: state === 'extra' ? 1 : 0,
    });
  }
  if (state === 'extra') y += LABEL + Math.ceil(extraCount / cols) * step + 10;
  return { width: input.width, height: y, cell, marks, labels };
}

/** The tallest arrangement, so the graphic keeps one height through every step (no layout shift). */
export function unitGridHeight(input: UnitGridInput): number {
  return Math.max(...(['total', 'parts', 'extra'] as const).map((s) => computeUnitGrid(input, s).height));
}
