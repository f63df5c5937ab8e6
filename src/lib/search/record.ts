import type { SearchKind } from './meta';

/**
 * A reader's words for a passage ("外卖骑手", "delivery riders") that the passage itself does not
 * use. They find the record, but a result never shows them: it shows the passage, with `focus`
 * (the article's own term they stand for, e.g. 新就业形态劳动者) marked where it occurs.
 */
export interface Signpost {
  words: string[];
  focus?: string | undefined;
  /**
   * 'passage': words for this paragraph in particular (content/search-words.json); 'term': another
   * name of a term the paragraph names (the glossary's aliases), as true of every paragraph naming it.
   */
  scope: 'passage' | 'term';
  /** Where a passage's words list it among the passages they mean: 0 for the one that answers best. */
  rank?: number | undefined;
}

/** What part of a page a record opens. */
export const recordBlocks = ['title', 'heading', 'paragraph', 'chart', 'figure'] as const;
export type RecordBlock = (typeof recordBlocks)[number];

/**
 * What search does not read on a page, and so never marks either: notes and note markers, the
 * "read in English" links, scripts, drawings and screen-reader-only duplicates.
 */
export const unsearched = '[data-pagefind-ignore], script, style, svg, .sr-only, sup';

/**
 * One thing search can find, and where it lands: a paragraph, heading or chart of a page (by its
 * anchor), a page's title, or a ledger figure. Both search engines (Pagefind online, the archive's
 * index offline) are built from the same records, so they find the same passages.
 */
export interface SearchRecord {
  /** The page path with the anchor it opens at: "/zh/union-reform/#p110". */
  url: string;
  kind: SearchKind;
  block: RecordBlock;
  /** The page's title. A figure record's title is the figure with its qualifier ("发展工会会员：489.4万"). */
  title: string;
  /** The heading of the part of the page the record is in (节标题), when it is not the page title. */
  heading?: string | undefined;
  /** The section the page belongs to, for the search page's filter. */
  section?: string | undefined;
  /** A figure's period ("“十四五”时期", "2025"). */
  period?: string | undefined;
  /** The visible text: what is matched and what the excerpt shows. */
  text: string;
  signposts: Signpost[];
}
