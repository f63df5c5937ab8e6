import { createSearchPanel, type SearchPanel } from './panel';
import { loadPagefind } from './pagefind';
import { writeSearchState } from '../../lib/search/query';

let panel: SearchPanel | undefined;

/**
 * Wires the search dialog the header script has opened. The native modal <dialog> gives the
 * dialog role, makes the rest of the page inert (the focus trap) and returns focus to the
 * opener. Esc is handled by the trigger (src/scripts/search/trigger.ts) from the moment the
 * dialog opens.
 */
export function enhanceSearchDialog(dialog: HTMLDialogElement, opener: HTMLElement): void {
  void loadPagefind().catch(() => {});
  const root = dialog.querySelector<HTMLElement>('[data-search-panel]');
  if (panel || !root) return;
  const more = dialog.querySelector<HTMLAnchorElement>('[data-search-more]');
  const searchPage = more?.pathname ?? '';
  panel = createSearchPanel(root, (state) => {
    if (more) more.href = `${searchPage}${writeSearchState(state)}`;
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => opener.focus());
  // Whatever the reader typed while this code loaded is searched now.
  if (panel?.input.value) void panel.run({ q: panel.input.value });
}
