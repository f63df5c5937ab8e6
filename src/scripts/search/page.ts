import { readSearchState, writeSearchState } from '../../lib/search/query';
import { createSearchPanel } from './panel';
import { loadPagefind } from './pagefind';

/** Hides any kind the index holds nothing of, so the filter never offers an empty choice. */
async function hideEmptyKinds(select: HTMLSelectElement): Promise<void> {
  const counts = (await (await loadPagefind()).filters())['kind'] ?? {};
  for (const option of select.options) if (option.value && !counts[option.value]) option.hidden = true;
}

/**
 * The search page: its form state lives in the URL (?q=…&kind=…&section=…) so a search can
 * be shared, and the no-JavaScript notice gives way to the form.
 */
export function enhanceSearchPage(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-search-page] [data-search-panel]');
  if (!root) return;
  const panel = createSearchPanel(root, (state) => {
    history.replaceState(null, '', `${location.pathname}${writeSearchState(state)}`);
  });
  if (!panel) return;
  doc.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
  const state = readSearchState(location.search);
  panel.input.value = state.q;
  const kind = root.querySelector<HTMLSelectElement>('[data-search-kind]');
  const section = root.querySelector<HTMLSelectElement>('[data-search-section]');
  if (kind) kind.value = state.kind ?? '';
  if (section) section.value = state.section ?? '';
  panel.input.focus();
  // Pagefind loads with the first search (now, if the URL has one; else when the reader
  // types), not on an empty page, where it would only keep the main thread busy.
  const afterLoad = () => {
    if (kind) void hideEmptyKinds(kind).catch(() => {});
  };
  if (state.q) void panel.run({ ...state, section: section?.value || undefined }).then(afterLoad);
  else panel.input.addEventListener('input', afterLoad, { once: true });
}
