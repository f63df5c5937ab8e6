import { moveIndex, type SearchState } from '../../lib/search/query';
import { pageEdition } from '../edition';
import { searchSite } from './search';
import { fill, renderResults } from './render';

export interface SearchPanel {
  input: HTMLInputElement;
  /** Runs a search and renders it; resolves when the results are on screen. */
  run: (state: SearchState) => Promise<void>;
}

/**
 * Wires one search form (dialog or search page) to Pagefind: searches as the reader types,
 * announces the count in the live region and moves through results with the arrow keys.
 */
export function createSearchPanel(root: HTMLElement, onSearch: (state: SearchState) => void = () => {}): SearchPanel | undefined {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLElement>('[data-search-results]');
  if (!form || !input || !status || !list) return undefined;
  const kind = root.querySelector<HTMLSelectElement>('[data-search-kind]');
  const section = root.querySelector<HTMLSelectElement>('[data-search-section]');
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Record<string, string>;
  let latest = 0;

  const state = (): SearchState => ({
    q: input.value,
    kind: (kind?.value || undefined) as SearchState['kind'],
    section: section?.value || undefined,
  });

  const run = async (next: SearchState) => {
    const ticket = ++latest;
    if (!next.q.trim()) {
      list.replaceChildren();
      status.textContent = '';
      list.dataset['searchQuery'] = '';
      return;
    }
    if (!list.childElementCount) status.textContent = strings['loading'] ?? '';
    try {
      const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
      const results = await searchSite(next, lang, pageEdition(document, lang) === 'zh-hant');
      if (!results || ticket !== latest) return;
      renderResults(list, results, strings);
      status.textContent = fill(results.total ? (strings['results'] ?? '') : (strings['none'] ?? ''), {
        n: results.total,
        q: next.q.trim(),
      });
      // Tests and the benchmark wait for this marker to know which query is on screen.
      list.dataset['searchQuery'] = next.q;
    } catch {
      if (ticket === latest) status.textContent = strings['error'] ?? '';
    }
  };

  const update = () => {
    const next = state();
    onSearch(next);
    void run(next);
  };
  input.addEventListener('input', update);
  kind?.addEventListener('change', update);
  section?.addEventListener('change', update);

  root.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')];
    const current = links.indexOf(event.target as HTMLAnchorElement);
    if (event.key === 'Enter' && event.target === input && links[0]) {
      event.preventDefault();
      links[0].click();
      return;
    }
    if (!['ArrowDown', 'ArrowUp'].includes(event.key) || (current === -1 && event.target !== input)) return;
    event.preventDefault();
    const next = moveIndex(current, links.length, event.key);
    (next === -1 ? input : links[next])?.focus();
  });

  return { input, run };
}
