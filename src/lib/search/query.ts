import { isSearchKind, type SearchKind } from './search-meta';

/** What a search page URL holds: ?q=…&kind=…&section=… */
export interface SearchState {
  q: string;
  kind?: SearchKind | undefined;
  section?: string | undefined;
}

/**
 * Tidies a typed query: full-width letters and digits (ＡＰＰ，４８９) become ASCII, quotes
 * the article puts around names are dropped, and runs of spaces collapse.
 */
export function normaliseQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[“”"‘’「」『』《》]/g, ' ')
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

/**
 * The longest run of adjacent highlights in a Pagefind excerpt ("<mark>工匠</mark><mark>学院</mark>"
 * → "工匠学院"): a single matched character such as 万 would land on the wrong passage.
 */
export function bestHighlight(excerpt: string): string | undefined {
  const runs = [...excerpt.matchAll(/(?:<mark>[^<]*<\/mark>)+/g)].map((m) => m[0].replace(/<\/?mark>/g, '').trim());
  return runs.reduce<string | undefined>((best, run) => (run.length > (best?.length ?? 0) ? run : best), undefined);
}

/**
 * A result URL that scrolls to the matched passage: a text fragment (#:~:text=) that
 * browsers without support simply ignore, after any heading anchor Pagefind gave.
 */
export function passageUrl(url: string, text: string | undefined): string {
  if (!text) return url;
  const fragment = `:~:text=${encodeURIComponent(text).replace(/-/g, '%2D')}`;
  return url.includes('#') ? `${url}${fragment}` : `${url}#${fragment}`;
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
