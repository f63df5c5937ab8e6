import { figureAliases, type AliasFigure } from './search-aliases';
import { formatFigure, figureLabel, type Figure } from './figures';
import { passageUrl } from './search-query';

/** A ledger figure as the search index needs it. */
export type RecordFigure = AliasFigure & Pick<Figure, 'id' | 'value' | 'qualifier' | 'unit' | 'zh' | 'en' | 'theme'>;

/** One built page: its path without the base and the figure ids it prints (data-fig). */
export interface BuiltPage {
  path: string;
  figures: string[];
}

/** A Pagefind custom record (see pagefind's addCustomRecord). */
export interface FigureRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const rank = (path: string, theme: string) =>
  path.endsWith(`/${theme}/`) ? 0 : path.includes('/stories/') ? 2 : /^\/(zh|en)\/$/.test(path) ? 3 : 1;

/** The page a figure result should open: its own section first, then any section, a story, the home page. */
export function pageForFigure(pages: BuiltPage[], id: string, theme: string): string | undefined {
  return pages.filter((p) => p.figures.includes(id)).sort((a, b) => rank(a.path, theme) - rank(b.path, theme))[0]?.path;
}

/**
 * A search-only record for one figure in one language: its label and printed form, plus
 * aliases readers type ("489万", "4,894,000"). It opens the page at the printed figure.
 */
export function figureRecord(figure: RecordFigure, lang: 'zh' | 'en', page: string, section: string, language: string): FigureRecord {
  const printed = formatFigure(figure, lang);
  const label = figureLabel(figure, lang);
  const title = lang === 'zh' ? `${label}：${printed}` : `${label}: ${printed}`;
  return {
    url: passageUrl(page, printed),
    content: `${title}. ${figureAliases(figure, lang).join(' ')}`,
    language,
    meta: { title, kind: 'figure', section },
    filters: { kind: ['figure'], section: [section] },
  };
}
