import { pageEdition } from './edition';
/**
 * Registers the service worker (scoped to the base path) and hands it the page just read
 * with the files it loaded: the first visit happens before the worker controls the page.
 */
export function registerServiceWorker(base: string): void {
  if (!('serviceWorker' in navigator) || document.documentElement.dataset['edition'] === 'archive') return;
  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const loaded = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => u.startsWith(location.origin));
      registration.active?.postMessage({ type: 'cache', urls: [location.href.split('#')[0], ...loaded] });
    })
    .catch(() => {});
}

/** Wires the download page's "Save the whole report" button to the service worker. */
export function enhanceSaveButton(root: Document): void {
  const button = root.querySelector<HTMLButtonElement>('[data-offline-save]');
  const status = root.querySelector<HTMLElement>('[data-offline-status]');
  if (!button || !status || !('serviceWorker' in navigator)) return;
  root.querySelector<HTMLElement>('[data-offline-unsupported]')?.setAttribute('hidden', '');
  button.hidden = false;
  const text = (key: string, vars: Record<string, number> = {}) =>
    (button.dataset[key] ?? '').replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
  button.addEventListener('click', async () => {
    button.disabled = true;
    // Without persistent storage a browser may evict the saved report when space runs low.
    // Not awaited: Firefox asks the reader first, and the save must not wait on that answer.
    void navigator.storage?.persist?.().catch(() => false);
    const registration = await navigator.serviceWorker.ready;
    const channel = new MessageChannel();
    channel.port1.onmessage = (
      event: MessageEvent<{ done?: number; total?: number; finished?: boolean; ok?: boolean; reason?: string }>,
    ) => {
      const { done = 0, total = 0, finished, ok, reason } = event.data;
      // A full disk is not cured by going online: the reader is told which it was.
      const failed = reason === 'full' ? 'full' : 'failed';
      status.textContent = finished ? text(ok ? 'saved' : failed) : text('saving', { done, total });
      status.dataset['state'] = finished ? (ok ? 'saved' : 'failed') : 'saving';
      if (finished) button.disabled = false;
    };
    const lang = button.dataset['offlineSave'] === 'en' ? 'en' : 'zh';
    registration.active?.postMessage({ type: 'save', lang: pageEdition(document, lang) }, [channel.port2]);
  });
}
