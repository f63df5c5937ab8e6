import { isSearchKind, type SearchKind } from './meta';

/** What a search page URL holds: ?q=…&kind=…&section=… */
export interface SearchState {
  q: string;
  kind?: SearchKind | undefined;
  section?: string | undefined;
}

/**
 * Tidies a typed query: full-width letters and digits (ＡＰＰ，４８９) become ASCII, quotes
 * the article puts around names are dropped (apostrophes stay: Tai’an), and runs of spaces collapse.
 */
export function normaliseQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[“”"「」『』《》]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads the search state from a URL's query string; unknown kinds are ignored. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const kind = params.get('kind');
  return { q: params.get('q') ?? '', kind: isSearchKind(kind) ? kind : undefined, section: params.get('section') || undefined };
}

/** The query string for a search state, so a search can be shared as a link. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.kind) params.set('kind', state.kind);
  if (state.section) params.set('section', state.section);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The URL parameter that carries the words a result matched to the page it opens. */
export const highlightParam = 'hl';

/**
 * The link a result opens: the passage's anchor, with the matched words in ?hl= so the page marks
 * them in every browser (text fragments, #:~:text=, are not in every engine and cannot mark
 * several words). The anchor alone scrolls there without JavaScript.
 */
export function landingUrl(url: string, words: readonly string[]): string {
  if (words.length === 0 || url.includes(`${highlightParam}=`)) return url;
  const hash = url.indexOf('#');
  const [path, anchor] = hash === -1 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const joiner = path.includes('?') ? '&' : '?';
  return `${path}${joiner}${highlightParam}=${encodeURIComponent(words.join('|'))}${anchor}`;
}

/** Where a URL lands, without its query: a figure's record and its paragraph's land in one place. */
export const placeOf = (url: string) => url.replace(/\?[^#]*/, '');

/** The words a result asked the page to mark (untrusted: a URL anyone can write). */
export function readHighlight(search: string): string[] {
  const value = new URLSearchParams(search).get(highlightParam) ?? '';
  return [...new Set(value.split('|').map((w) => w.trim()))].filter((w) => w.length > 0 && w.length <= 64).slice(0, 12);
}

/** Where focus goes when a key is pressed in a list of `count` items (-1 is the search box). */
export function moveIndex(current: number, count: number, key: string): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
  if (key === 'ArrowUp') return Math.max(current - 1, -1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return current;
}
