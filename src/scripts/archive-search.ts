import { parseQuery } from '../lib/search/match';
import type { SearchRecord } from '../lib/search/record';
import { presentResults } from '../lib/search/results';
import { mapChars } from '../lib/search/traditional';
import { pageEdition } from './edition';
import { fill, renderResults } from './search/render';

declare global {
  interface Window {
    /** Defined by search-index.js, a classic script, because pages opened from disk cannot fetch JSON. */
    STRIVING_SEARCH_INDEX?: {
      records: Record<string, SearchRecord[]>;
      simplified: Record<string, string>;
      traditional: Record<string, string>;
    };
  }
}

/** How many results the list shows. */
const LIMIT = 20;

/**
 * The archive's search: the same records and the same ranking as the hosted site's Pagefind
 * search (src/lib/search/results.ts), over the index the archive carries as a classic script.
 */
export function renderSearch(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-offline-search]');
  const input = form?.querySelector<HTMLInputElement>('input[type=search]');
  const list = root.querySelector<HTMLOListElement>('[data-offline-search-results]');
  const status = root.querySelector<HTMLElement>('[data-offline-search-status]');
  const src = form?.dataset['indexSrc'];
  if (!form || !input || !list || !status || !src) return;
  const lang = form.dataset['offlineSearch'] === 'zh' ? 'zh' : 'en';
  const hant = pageEdition(root, lang) === 'zh-hant';
  const strings = JSON.parse(form.dataset['strings'] ?? '{}') as Record<string, string>;
  const indexUrl = new URL(src, location.href);
  // The index's URLs start at the archive root, where search-index.js sits.
  const archiveRoot = new URL('./', indexUrl);
  const run = () => {
    const index = window.STRIVING_SEARCH_INDEX;
    const raw = input.value.trim();
    const query = parseQuery(mapChars(raw, (hant ? index?.traditional : index?.simplified) ?? {}));
    const results = presentResults(query, index?.records[hant ? 'zh-hant' : lang] ?? [], lang, LIMIT);
    renderResults(list, results, strings, archiveRoot);
    status.textContent =
      raw === '' ? '' : fill(results.total ? (strings['results'] ?? '') : (strings['none'] ?? ''), { n: results.total, q: raw });
    list.dataset['searchQuery'] = raw;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  input.addEventListener('input', run);
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  const script = root.createElement('script');
  script.src = indexUrl.href;
  script.addEventListener('load', () => {
    if (input.value) run();
  });
  root.head.append(script);
}
