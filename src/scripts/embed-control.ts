import { embedCodeAtStep } from '../lib/embed/embed-code';

/**
 * Wires each Embed control: the step the embed starts at (?step=) changes the code, and the
 * copy button shows where the clipboard works (without it the code stays selectable).
 */
export function enhanceEmbedControls(root: Document): void {
  for (const select of root.querySelectorAll<HTMLSelectElement>('[data-embed-step]')) {
    const code = select.closest('details')?.querySelector<HTMLTextAreaElement>('[data-embed-code]');
    select.addEventListener('change', () => {
      if (code) code.value = embedCodeAtStep(code.value, select.dataset['pageUrl'] ?? '', Number(select.value));
    });
  }
  if (!navigator.clipboard) return;
  for (const details of root.querySelectorAll<HTMLDetailsElement>('details.chart-embed')) {
    const button = details.querySelector<HTMLButtonElement>('[data-embed-copy]');
    const code = details.querySelector<HTMLTextAreaElement>('[data-embed-code]');
    const status = details.querySelector<HTMLElement>('[data-embed-status]');
    if (!button || !code || !button.hidden) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(code.value).then(
        () => {
          if (status) status.textContent = button.dataset['done'] ?? '';
        },
        () => code.select(),
      );
    });
  }
}
