/** Shows each Embed control's copy button where the clipboard works; without it the code stays selectable. */
export function enhanceEmbedControls(root: Document): void {
  if (!navigator.clipboard) return;
  for (const details of root.querySelectorAll<HTMLDetailsElement>('details.chart-embed')) {
    const button = details.querySelector<HTMLButtonElement>('[data-embed-copy]');
    const code = details.querySelector<HTMLTextAreaElement>('[data-embed-code]');
    const status = details.querySelector<HTMLElement>('[data-embed-status]');
    if (!button || !code || !button.hidden) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(code.value).then(() => {
        if (status) status.textContent = button.dataset['done'] ?? '';
      }, () => code.select());
    });
  }
}
