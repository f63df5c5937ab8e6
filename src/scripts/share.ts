/** Reveals the share and copy buttons where the browser supports them; without JS they stay hidden. */
export function enhanceShare(root: Document): void {
  const status = root.querySelector<HTMLElement>('[data-share-status]');
  const native = root.querySelector<HTMLButtonElement>('[data-share-native]');
  if (native && typeof navigator.share === 'function') {
    native.hidden = false;
    native.addEventListener('click', () => {
      navigator.share({ title: native.dataset['title'] ?? document.title, url: native.dataset['url'] ?? location.href }).catch(() => {});
    });
  }
  const copy = root.querySelector<HTMLButtonElement>('[data-share-copy]');
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(copy.dataset['url'] ?? location.href).then(
        () => {
          if (status) status.textContent = copy.dataset['done'] ?? '';
        },
        () => {},
      );
    });
  }
}
