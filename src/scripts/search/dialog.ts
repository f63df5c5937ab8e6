import { createSearchPanel, type SearchPanel } from './panel';
import { loadPagefind } from './pagefind';
import { writeSearchState } from '../../lib/search-query';

let panel: SearchPanel | undefined;

/**
 * Opens the search dialog. The native modal <dialog> gives the dialog role, makes the
 * rest of the page inert (the focus trap), closes on Esc and returns focus on close.
 */
export function openSearchDialog(dialog: HTMLDialogElement, opener: HTMLElement): void {
  const root = dialog.querySelector<HTMLElement>('[data-search-panel]');
  if (!panel && root) {
    const more = dialog.querySelector<HTMLAnchorElement>('[data-search-more]');
    const searchPage = more?.pathname ?? '';
    panel = createSearchPanel(root, (state) => { if (more) more.href = `${searchPage}${writeSearchState(state)}`; });
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // A click on the backdrop lands on the dialog element itself.
    dialog.addEventListener('click', (event) => { if (event.target === dialog) dialog.close(); });
    dialog.addEventListener('close', () => opener.focus());
  }
  if (!dialog.open) dialog.showModal();
  panel?.input.focus();
  panel?.input.select();
  // Start fetching the index while the reader types the first characters.
  void loadPagefind().catch(() => {});
}
