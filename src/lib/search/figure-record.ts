import { figureAliases } from './aliases';
import { formatFigure, figureLabel, type Figure } from '../figures';
import { landingUrl } from './query';
import type { SearchRecord } from './record';

/** A ledger figure as the search index needs it. */
export type RecordFigure = Pick<Figure, 'id' | 'value' | 'qualifier' | 'unit' | 'zh' | 'en' | 'theme'>;

/** Where a figure is printed: the page and paragraph, and that paragraph's text. */
export interface FigurePlaceText {
  /** The page path with the paragraph's anchor, e.g. "/zh/union-reform/#p110". */
  url: string;
  /** The paragraph as the page shows it: the result's excerpt, with the figure marked. */
  text: string;
  /** The section the page belongs to. */
  section: string;
  /** The heading the paragraph sits under, if any. */
  heading?: string | undefined;
}

/**
 * A search record for one figure in one language, titled with its label and printed form
 * (qualifier included: 3.5万余, "more than 35,000") and its period. It is found by the figure
 * and its label, in the forms readers type ("489万", "4,894,000"), and opens the paragraph that
 * prints it, whose text the result shows with the figure marked.
 */
export function figureRecord(figure: RecordFigure, lang: 'zh' | 'en', place: FigurePlaceText, period: string): SearchRecord {
  const label = figureLabel(figure, lang);
  const shown = formatFigure(figure, lang);
  const printed = formatFigure(figure, lang, 'text');
  return {
    // Its own URL (Pagefind keeps one record per URL), landing on the paragraph with the figure marked.
    url: landingUrl(place.url, [printed]),
    kind: 'figure',
    block: 'figure',
    title: lang === 'zh' ? `${label}：${shown}` : `${label}: ${shown}`,
    heading: place.heading,
    section: place.section,
    period,
    text: place.text,
    signposts: [{ words: [...new Set([shown, printed, label, ...figureAliases(figure, lang)])], focus: printed, scope: 'passage' }],
  };
}
