import { scaleLinear, scaleLog } from 'd3-scale';
import { estimateTextWidth, wrapText } from './text-width';

/** One row of a dot or bar chart: a figure and, where the article contradicts itself, its twin. */
export interface RowInput {
  id: string;
  label: string;
  value: number;
  valueText: string;
  compare?: { id: string; value: number; valueText: string } | undefined;
}

export type RowScale = 'log' | 'linear' | 'pair-linear';

export interface RowsOptions {
  width: number;
  scale: RowScale;
  /** Tags that tell the two marks of a contradicted pair apart, e.g. 数说 / 正文. */
  tags: { main: string; compare: string };
  formatTick: (value: number) => string;
  fontSize?: number;
}

/** A mark's position: a dot (log scale) sits at x; a bar (linear) runs from x0 to x. */
export interface MarkGeometry {
  id: string;
  x: number;
  y: number;
  valueText: string;
  valueX: number;
  valueAnchor: 'start' | 'end';
  tag?: string | undefined;
}

export interface RowGeometry {
  id: string;
  labelLines: string[];
  labelY: number;
  marks: MarkGeometry[];
}

export interface RowsLayout {
  width: number;
  height: number;
  x0: number;
  x1: number;
  mark: 'dot' | 'bar';
  lineHeight: number;
  fontSize: number;
  ticks: { x: number; label: string; showLabel: boolean }[];
  axisY: number;
  rows: RowGeometry[];
}

const PAD = 8;
const MARK_ROW = 26;
const ROW_GAP = 14;
const AXIS = 30;

/** Power-of-ten domain that contains every value, so a log axis reads in whole orders of magnitude. */
export function logDomain(values: number[]): [number, number] {
  const positive = values.filter((v) => v > 0);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  return [lo, hi === lo ? lo * 10 : hi];
}

/**
 * Lays out labelled rows of dots (log scale) or bars (linear) for a given width. Labels wrap
 * above their marks so the chart reads at 320px; contradicted figures get a second, tagged mark.
 */
export function computeRows(inputs: RowInput[], options: RowsOptions): RowsLayout {
  const fontSize = options.fontSize ?? 14;
  const lineHeight = Math.round(fontSize * 1.35);
  const x0 = PAD;
  const x1 = options.width - PAD;
  const values = inputs.flatMap((r) => [r.value, ...(r.compare ? [r.compare.value] : [])]);
  const tagged = (text: string, tag: string | undefined) => (tag ? `${text} · ${tag}` : text);
  // Bars leave room at the right for the longest value label, so no label ever sits on a bar.
  const widest = Math.max(...inputs.flatMap((r) => [
    estimateTextWidth(tagged(r.valueText, r.compare ? options.tags.main : undefined), fontSize),
    r.compare ? estimateTextWidth(tagged(r.compare.valueText, options.tags.compare), fontSize) : 0,
  ]));
  const barEnd = Math.max(x0 + 40, x1 - widest - 8);
  const shared = options.scale === 'log'
    ? scaleLog().domain(logDomain(values)).range([x0, x1])
    : scaleLinear().domain([0, Math.max(...values)]).range([x0, barEnd]);

  const placeValue = (x: number, text: string): Pick<MarkGeometry, 'valueX' | 'valueAnchor'> => {
    const fits = x + 8 + estimateTextWidth(text, fontSize) <= options.width;
    return fits ? { valueX: x + 8, valueAnchor: 'start' } : { valueX: x - 8, valueAnchor: 'end' };
  };

  let y = options.scale === 'pair-linear' ? 4 : AXIS;
  const rows: RowGeometry[] = inputs.map((input) => {
    const scale = options.scale === 'pair-linear'
      ? scaleLinear().domain([0, Math.max(input.value, input.compare?.value ?? 0)]).range([x0, barEnd])
      : shared;
    const labelLines = wrapText(input.label, x1 - x0, fontSize);
    const labelY = y + fontSize;
    y += labelLines.length * lineHeight + 4;
    const entries = [
      { id: input.id, value: input.value, valueText: input.valueText, tag: input.compare ? options.tags.main : undefined },
      ...(input.compare ? [{ ...input.compare, tag: options.tags.compare }] : []),
    ];
    const marks = entries.map((entry) => {
      const x = scale(entry.value);
      const text = tagged(entry.valueText, entry.tag);
      const mark: MarkGeometry = { id: entry.id, x, y: y + MARK_ROW / 2, valueText: text, ...placeValue(x, text), tag: entry.tag };
      y += MARK_ROW;
      return mark;
    });
    y += ROW_GAP;
    return { id: input.id, labelLines, labelY, marks };
  });

  const ticks = options.scale === 'pair-linear' ? [] : computeTicks(shared.ticks(options.scale === 'log' ? 10 : 4), shared, options.formatTick, fontSize, options.scale);
  return { width: options.width, height: y, x0, x1, mark: options.scale === 'log' ? 'dot' : 'bar', lineHeight, fontSize, ticks, axisY: AXIS - 12, rows };
}

/** Tick positions; a label is dropped when it would collide with the previous shown one. */
function computeTicks(
  values: number[], scale: (v: number) => number, format: (v: number) => string, fontSize: number, kind: RowScale,
): RowsLayout['ticks'] {
  const kept = kind === 'log' ? values.filter((v) => Number.isInteger(Math.log10(v))) : values;
  let lastRight = -Infinity;
  return kept.map((value) => {
    const x = scale(value);
    const label = format(value);
    const half = estimateTextWidth(label, fontSize) / 2;
    const showLabel = x - half > lastRight + 4;
    if (showLabel) lastRight = x + half;
    return { x, label, showLabel };
  });
}
