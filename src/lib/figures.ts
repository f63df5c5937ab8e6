import type { LedgerEntry } from '../schemas/figure';
import { formatEnNumber, type Qualifier } from './format-number';

/** The periods the article gives its figures; a figure or chart names one of them. */
export const periods = ['fyp14', 'y2025', 'to-date', 'event'] as const;
export type Period = (typeof periods)[number];

export type Lang = 'zh' | 'en';

/**
 * A ledger figure as every consumer sees it: the output of the ledger's schema
 * (src/schemas/figure.ts), which the content index applies once per build. Consumers that
 * need only a few fields take a Pick of it.
 */
export type Figure = LedgerEntry;

/**
 * Where a figure is printed:
 * - `text`: inside a sentence, which carries its own measure word (人, 元, "members");
 * - `display`: on its own (tiles, tables, charts, downloads), so money says 元 / yuan.
 */
export type FigureContext = 'text' | 'display';

const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

const enQualifier: Record<Qualifier, string> = {
  exact: '',
  'more-than': 'more than ',
  over: 'over ',
  nearly: 'nearly ',
  'fewer-than': 'fewer than ',
};

/**
 * The English form of a figure: exact, with its qualifier in words ("more than 35,000",
 * "4.894 million", "19.8594 million"; see formatEnNumber). In running text whole numbers under ten are spelled out,
 * as news style asks ("fewer than three"); on their own they stay digits.
 */
export function englishText(figure: Pick<Figure, 'value' | 'qualifier' | 'unit'>, context: FigureContext = 'display'): string {
  const { value, unit } = figure;
  const spelled = context === 'text' && Number.isInteger(value) && value >= 0 && value < 10 && unit !== 'percent';
  const number = unit === 'percent' ? `${value}%` : spelled ? (words[value] ?? String(value)) : formatEnNumber(value);
  const yuan = context === 'display' && unit === 'yuan' ? ' yuan' : '';
  return `${enQualifier[figure.qualifier]}${number}${yuan}`;
}

/** The Chinese form: the article's own characters (zh.text); on its own, money gains 元. */
export function chineseText(figure: Pick<Figure, 'unit' | 'zh'>, context: FigureContext = 'display'): string {
  return context === 'display' && figure.unit === 'yuan' ? `${figure.zh.text}元` : figure.zh.text;
}

/** A figure as a page in one language prints it. */
export function formatFigure(
  figure: Pick<Figure, 'value' | 'qualifier' | 'unit' | 'zh'>,
  lang: Lang,
  context: FigureContext = 'display',
): string {
  return lang === 'zh' ? chineseText(figure, context) : englishText(figure, context);
}

/** The figure's short label in a language. */
export function figureLabel(figure: Pick<Figure, 'zh' | 'en'>, lang: Lang): string {
  return lang === 'zh' ? figure.zh.label : figure.en.label;
}

/** Where in the article a figure of a contradicted pair is printed. */
export type FigurePlace = 'box' | 'body';

export const placeOf = (figure: Pick<Figure, 'box'>): FigurePlace => (figure.box ? 'box' : 'body');

/** The strings a discrepancy note is built from (src/i18n: figure.conflict.*). */
export interface ConflictStrings {
  /** e.g. "The article gives two figures: {first}; {second}." */
  note: string;
  /** e.g. "{place}: {value}" */
  item: string;
  places: Record<FigurePlace, string>;
}

/**
 * The note printed wherever either figure of a contradicted pair appears: both figures,
 * each with where the article prints it, the 数说 box first.
 */
export function conflictNote(figure: Figure, twin: Figure, lang: Lang, strings: ConflictStrings): string {
  const [first, second] = figure.box || !twin.box ? [figure, twin] : [twin, figure];
  const item = (f: Figure) => strings.item.replace('{place}', strings.places[placeOf(f)]).replace('{value}', formatFigure(f, lang));
  return strings.note.replace('{first}', item(first)).replace('{second}', item(second));
}
