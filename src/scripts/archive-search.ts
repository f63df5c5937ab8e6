import { computeTerms, searchDocs, type SearchDoc } from '../lib/offline-search';

declare global {
  interface Window {
    /** Defined by search-index.js, a classic script, because pages opened from disk cannot fetch JSON. */
    STRIVING_SEARCH_INDEX?: Record<string, SearchDoc[]>;
  }
}

/** Builds an excerpt with each matched term in <mark>, as DOM nodes (never HTML strings). */
function highlighted(doc: Document, text: string, terms: readonly string[]): Node[] {
  const lower = text.toLowerCase();
  const marks: [number, number][] = [];
  for (const term of terms) {
    for (let at = lower.indexOf(term); at !== -1 && term; at = lower.indexOf(term, at + term.length)) marks.push([at, at + term.length]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  const nodes: Node[] = [];
  let from = 0;
  for (const [start, end] of marks) {
    if (start < from) continue;
    if (start > from) nodes.push(doc.createTextNode(text.slice(from, start)));
    const mark = doc.createElement('mark');
    mark.textContent = text.slice(start, end);
    nodes.push(mark);
    from = end;
  }
  if (from < text.length) nodes.push(doc.createTextNode(text.slice(from)));
  return nodes;
}

/** Loads the archive's index (a classic script beside the pages), then searches it as the reader types. */
export function renderSearch(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-offline-search]');
  const input = form?.querySelector<HTMLInputElement>('input[type=search]');
  const list = root.querySelector<HTMLOListElement>('[data-offline-search-results]');
  const status = root.querySelector<HTMLElement>('[data-offline-search-status]');
  const src = form?.dataset['indexSrc'];
  if (!form || !input || !list || !status || !src) return;
  const indexUrl = new URL(src, location.href);
  // The index's URLs start at the archive root, where search-index.js sits.
  const archiveRoot = new URL('./', indexUrl);
  const run = () => {
    const docs = window.STRIVING_SEARCH_INDEX?.[form.dataset['offlineSearch'] ?? ''] ?? [];
    const query = input.value.trim();
    const hits = searchDocs(docs, query);
    const terms = computeTerms(query);
    list.replaceChildren(
      ...hits.map((hit) => {
        const item = root.createElement('li');
        const link = root.createElement('a');
        link.href = new URL(hit.doc.url, archiveRoot).href;
        link.textContent = hit.doc.title;
        link.className = 'font-semibold';
        const excerpt = root.createElement('p');
        excerpt.className = 'text-sm text-ink-2';
        excerpt.append(...highlighted(root, hit.excerpt, terms));
        item.append(link, excerpt);
        return item;
      }),
    );
    status.textContent =
      query === ''
        ? ''
        : hits.length === 0
          ? (form.dataset['none'] ?? '')
          : (form.dataset['count'] ?? '').replace('{n}', String(hits.length));
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
