/**
 * The only search code every page loads: it turns the header's search link into a dialog
 * opener and listens for / and Ctrl/⌘+K. Everything else is fetched on first use.
 */
export function enhanceSearchButton(doc: Document): void {
  const link = doc.querySelector<HTMLAnchorElement>('[data-search-open]');
  const dialog = doc.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!link || !dialog || typeof dialog.showModal !== 'function') return;
  // The dialog opens at once so no keystroke is lost while the search code loads.
  const open = async () => {
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLInputElement>('[data-search-input]')?.select();
    (await import('./dialog')).enhanceSearchDialog(dialog, link);
  };
  // One Esc closes the dialog (the WAI-ARIA dialog pattern). WebKit's search field swallows
  // Escape, clearing the field so the dialog never hears it; Chromium's takes two presses.
  dialog.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      event.preventDefault();
      dialog.close();
    },
    { capture: true },
  );
  // A reader who points at or tabs to the button is about to search: Pagefind's code, index and
  // WebAssembly start loading then, so the first keystroke finds them ready.
  const warm = () => void import('./pagefind').then((m) => m.loadPagefind()).catch(() => {});
  link.addEventListener('pointerenter', warm, { once: true });
  link.addEventListener('focus', warm, { once: true });
  link.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void open();
  });
  doc.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if ((slash || k) && !dialog.open) {
      event.preventDefault();
      void open();
    }
  });
}
