import { excerpt, matchedWords, type ExcerptPart } from './excerpt';
import type { Query } from './match';
import { landingUrl } from './query';
import { rankRecords } from './rank';
import type { SearchRecord } from './record';

/** One result as a search list shows it. */
export interface ResultItem {
  record: SearchRecord;
  /** The passage's URL, with the matched words for the page to mark. */
  href: string;
  excerpt: ExcerptPart[];
}

export interface Results {
  items: ResultItem[];
  /** How many records matched (before the list's limit). */
  total: number;
  /** True when nothing matches every word, and the items share only part of the query. */
  partial: boolean;
}

/**
 * The results of a query over candidate records, as both searches show them (Pagefind's
 * candidates online, the whole archive index offline): ranked, one per passage, each with the
 * article's own text around the match and a link that marks it.
 */
export function presentResults(query: Query, records: readonly SearchRecord[], lang: 'zh' | 'en', limit: number): Results {
  const { best, partial } = rankRecords(query, records);
  const shown = best.length ? best : partial;
  return {
    total: shown.length,
    partial: best.length === 0 && partial.length > 0,
    items: shown.slice(0, limit).map(({ record, ranges }) => ({
      record,
      href: landingUrl(record.url, matchedWords(record.text, ranges)),
      excerpt: excerpt(record.text, ranges, lang),
    })),
  };
}
