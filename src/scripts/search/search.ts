import { parseQuery } from '../../lib/search/match';
import { fromPagefind } from '../../lib/search/pagefind-record';
import type { SearchState } from '../../lib/search/query';
import { presentResults, type Results } from '../../lib/search/results';
import { mapChars } from '../../lib/search/traditional';
import { loadPagefind } from './pagefind';

/** How many results a search shows; the search page's filters narrow the rest. */
const LIMIT = 10;
/**
 * How many of Pagefind's results are read and ranked by match quality. Pagefind finds the
 * candidates (its index is what a phone downloads); the site's own rule (src/lib/search/rank.ts)
 * orders them, so the exact phrase comes first and stray characters never do.
 */
const CANDIDATES = 20;

let converting: Promise<(text: string) => string> | undefined;

/** A query in simplified characters, by OpenCC's t2cn table (opencc-js, about 53 KB gzip, fetched on first use). */
async function simplified(q: string): Promise<string> {
  converting ??= import('opencc-js/t2cn').then(({ Converter }) => Converter({ from: 't', to: 'cn' }));
  return (await converting)(q);
}

let hantChars: Promise<Record<string, string>> | undefined;

/**
 * A query in the 繁體 edition's characters, by the map of the characters it converts
 * (zh-hant/search-chars.json, a few KB, fetched on first use; made with the edition).
 */
async function traditional(q: string): Promise<string> {
  const base = import.meta.env.BASE_URL;
  hantChars ??= fetch(`${base.endsWith('/') ? base : `${base}/`}zh-hant/search-chars.json`).then(
    (r) => r.json() as Promise<Record<string, string>>,
  );
  hantChars.catch(() => {
    hantChars = undefined;
  });
  return mapChars(q, await hantChars);
}

/**
 * Searches the site's Pagefind index; undefined when Pagefind gives nothing back. `hant`: the
 * page is the 繁體 edition, whose index is in traditional characters.
 */
export async function searchSite(state: SearchState, lang: 'zh' | 'en', hant = false): Promise<Results | undefined> {
  const results = await searchQuery(state, state.q, lang);
  // A Chinese query that nothing matches in full may be typed in the other script (工會會員 in
  // the 简体 edition, 工会会员 in the 繁體): it is converted and searched again. Only such a
  // query fetches a table, and no list of characters has to ship with every page to spot one.
  if (results && (results.partial || !results.items.length) && /[\u3400-\u9fff]/.test(state.q)) {
    const converted = hant ? await traditional(state.q) : await simplified(state.q);
    if (converted !== state.q) return searchQuery(state, converted, lang);
  }
  return results;
}

async function searchQuery(state: SearchState, q: string, lang: 'zh' | 'en'): Promise<Results | undefined> {
  const query = parseQuery(q);
  if (query.terms.length === 0) return { items: [], total: 0, partial: false };
  const pagefind = await loadPagefind();
  const filters: Record<string, string> = {};
  if (state.kind) filters['kind'] = state.kind;
  if (state.section) filters['section'] = state.section;
  let found = (await pagefind.search(query.phrase, { filters }))?.results;
  if (!found) return undefined;
  // Nothing has every word: the records with any of them, which the list shows below a note.
  if (found.length === 0 && query.terms.length > 1) {
    const each = await Promise.all(query.terms.map((t) => pagefind.search(t.text, { filters })));
    found = each.flatMap((s) => s?.results ?? []);
  }
  const seen = new Set<string>();
  const candidates = found.filter((r) => !seen.has(r.id) && seen.add(r.id)).slice(0, CANDIDATES);
  const data = await Promise.all(candidates.map((r) => r.data()));
  return presentResults(query, data.map(fromPagefind), lang, LIMIT);
}
