/**
 * Reveals a share block's buttons where the browser supports them; without JS they stay hidden
 * and the block's plain link and QR code remain. Every block marked data-share is wired once:
 * the page's own, and each chart's.
 */
export function enhanceShares(root: Document): void {
  for (const block of root.querySelectorAll<HTMLElement>('[data-share]')) {
    if (block.dataset['enhanced'] === undefined) enhanceShare(block);
  }
}

function enhanceShare(block: HTMLElement): void {
  block.dataset['enhanced'] = '';
  const status = block.querySelector<HTMLElement>('[data-share-status]');
  const native = block.querySelector<HTMLButtonElement>('[data-share-native]');
  if (native && typeof navigator.share === 'function') {
    native.hidden = false;
    native.addEventListener('click', () => {
      navigator.share({ title: native.dataset['title'] ?? document.title, url: native.dataset['url'] ?? location.href }).catch(() => {});
    });
  }
  if (!navigator.clipboard) return;
  const copy = (button: HTMLButtonElement | null, url: () => string) => {
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(url()).then(
        () => {
          if (status) status.textContent = button.dataset['done'] ?? '';
        },
        () => {},
      );
    });
  };
  const copyButton = block.querySelector<HTMLButtonElement>('[data-share-copy]');
  copy(copyButton, () => copyButton?.dataset['url'] ?? location.href);
  // A chart's step link: its page, at the step the reader has scrolled to (see Chart.astro).
  const stepButton = block.querySelector<HTMLButtonElement>('[data-share-step]');
  copy(stepButton, () => {
    const active = block.closest('[data-chart]')?.querySelector<HTMLElement>('.scrolly-step.is-active');
    const url = stepButton?.dataset['url'] ?? location.href;
    return active?.id ? `${url}#${active.id}` : url;
  });
}
