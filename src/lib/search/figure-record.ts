import { figureAliases } from './search-aliases';
import { formatFigure, figureLabel, type Figure } from './figures';
import { passageUrl } from './search-query';

/** A ledger figure as the search index needs it. */
export type RecordFigure = Pick<Figure, 'id' | 'value' | 'qualifier' | 'unit' | 'zh' | 'en' | 'theme'>;

/** A Pagefind custom record (see pagefind's addCustomRecord). */
export interface FigureRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * A search-only record for one figure in one language: its label and printed form, plus
 * aliases readers type ("489万", "4,894,000"). It opens the page at the paragraph that
 * prints the figure, with a text fragment that highlights it.
 * @param page the page path with the paragraph's anchor, e.g. "/zh/union-reform/#p110"
 */
export function figureRecord(figure: RecordFigure, lang: 'zh' | 'en', page: string, section: string, language: string): FigureRecord {
  const printed = formatFigure(figure, lang, 'text');
  const label = figureLabel(figure, lang);
  const shown = formatFigure(figure, lang);
  const title = lang === 'zh' ? `${label}：${shown}` : `${label}: ${shown}`;
  return {
    url: passageUrl(page, printed),
    content: `${title}. ${figureAliases(figure, lang).join(' ')}`,
    language,
    meta: { title, kind: 'figure', section },
    filters: { kind: ['figure'], section: [section] },
  };
}
