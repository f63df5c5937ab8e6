import type { Figure, Lang, Period } from '../figures';
import type { StyleRule } from './styles';

/** The UI strings chart models are written with, in one language (src/utils/charts.ts fills them). */
export interface ChartStrings {
  /** The tags that tell the two marks of a contradicted pair apart: the 数说 box and the main text. */
  tags: { box: string; body: string };
  /** Period names for the kicker and for per-figure tags; `mixed` when a chart's figures differ. */
  periods: Record<Period | 'mixed', string>;
  /** "Highlighted: {items}." — the hidden description of a step's state. */
  highlighted: string;
  /** Joins "label: value" items in that description. */
  separator: string;
  /** The name of each unit, for panel headings ("People", "Organisations"). */
  units: Record<string, string>;
  /** "Of which": the word before a part of a unit chart's whole (其中). */
  ofWhich: string;
  /** Keys for the marks of figures the article gives as bounds: an arrow (余, 超), an outline (不足, 近), a dashed symbol. */
  bounds: { more: string; under: string; moreSymbol: string };
  /** The kicker before the period ("Chart"). */
  chart: string;
}

/** What a chart model is built from: the page's language, the ledger and the strings. */
export interface ModelContext {
  lang: Lang;
  figure(id: string): Figure;
  strings: ChartStrings;
}

/** A note drawn beside one mark for one step; `from` makes it span from another mark's end. */
export interface CalloutModel {
  figure: string;
  from?: string | undefined;
  text: string;
}

/** One scrollytelling step of a model: what it highlights, its text and the state described in words. */
export interface StepModel {
  /** Stable anchor id of the step: the chart id and the step's own id or number. */
  anchor: string;
  highlight: string[];
  /** Every figure drawn in this step: those highlighted here or in an earlier step (the chart builds up). */
  revealed: string[];
  callouts: CalloutModel[];
  text: string;
  /** What the chart shows in this step, written from the ledger, for screen readers. */
  describe: string;
}

/** A line of the chart's key; `swatch` draws the mark it explains before the text, in the mark's colour. */
export interface KeyModel {
  text: string;
  swatch?: 'square' | 'more' | 'under' | 'more-square' | undefined;
}

/** What every chart model has, whatever its type; plain data, sent to the client as JSON. */
export interface BaseModel {
  id: string;
  type: string;
  lang: Lang;
  title: string;
  /** Kicker: "Chart · 14th Five-Year Plan period", or "various periods" when figures differ. */
  kicker: string;
  description: string;
  /** A key for unit and symbol charts ("Each square stands for 100,000 members"). */
  keys: KeyModel[];
  steps: StepModel[];
  /** Every figure the chart shows, in order. */
  figures: string[];
  /** The figures the article contradicts elsewhere, for the chart's note. */
  conflicts: string[];
}

/** An SVG drawing: inner markup and height at a given width. */
export interface Drawn {
  markup: string;
  height: number;
}

/** A problem in a chart's meaning, located by field. */
export interface ChartProblem {
  field: string;
  message: string;
}

/**
 * One chart type: everything about it lives in its module (src/lib/charts/types/…), registered
 * once in src/lib/charts/registry.ts. Adding a type means adding one module.
 */
export interface ChartType<S, M extends BaseModel> {
  /** Every figure id the spec names, with the field it sits in (unknown ids fail the build). */
  refs(spec: S): { field: string; id: string }[];
  /** Charts that would mean nothing: a highlighted figure the chart does not show, mixed units on one scale, parts larger than the whole. */
  check(spec: S, figure: (id: string) => Figure | undefined): ChartProblem[];
  model(spec: S, context: ModelContext): M;
  /**
   * The chart in one step's state; every step has the same height at a width, so nothing moves.
   * `room` is the height the graphic may fill (a pinned graphic on a wide screen): marks grow
   * into it, up to a limit, instead of floating small in an empty stage.
   */
  draw(model: M, width: number, step: number, room?: number): Drawn;
  /** Every figure at once, with no callouts, for the downloads (SVG and PNG). */
  drawAll(model: M, width: number): Drawn;
  /** How its marks are coloured, on the page and in downloads (see ./styles.ts). */
  styles: readonly StyleRule[];
}
