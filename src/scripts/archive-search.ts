import { searchDocs, type SearchDoc } from '../lib/offline-search';

declare global {
  interface Window {
    /** Defined by search-index.js, a classic script, because pages opened from disk cannot fetch JSON. */
    STRIVING_SEARCH_INDEX?: Record<string, SearchDoc[]>;
  }
}

/** Runs the archive's search as the reader types; ?q= in the address fills it in. */
export function renderSearch(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-offline-search]');
  const input = form?.querySelector<HTMLInputElement>('input[type=search]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  if (!form || !input || !list || !status) return;
  const docs = window.STRIVING_SEARCH_INDEX?.[form.dataset['offlineSearch'] ?? ''] ?? [];
  // The page is zh/offline-search/index.html, two folders below the archive root the index's URLs start from.
  const archiveRoot = new URL('../../', location.href);
  const run = () => {
    const query = input.value.trim();
    const hits = searchDocs(docs, query);
    list.replaceChildren(...hits.map((hit) => {
      const item = root.createElement('li');
      const link = root.createElement('a');
      link.href = new URL(hit.doc.url, archiveRoot).href;
      link.textContent = hit.doc.title;
      link.className = 'font-semibold';
      const excerpt = root.createElement('p');
      excerpt.className = 'text-sm text-ink-2';
      excerpt.textContent = hit.excerpt;
      item.append(link, excerpt);
      return item;
    }));
    status.textContent = query === '' ? '' : hits.length === 0 ? (form.dataset['none'] ?? '') : (form.dataset['count'] ?? '').replace('{n}', String(hits.length));
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); run(); });
  input.addEventListener('input', run);
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  if (input.value) run();
}
