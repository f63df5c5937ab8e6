import { restamp, today, type CiteFormat } from '../lib/cite/access-date';

/**
 * Each Cite control: the citation dated the day the reader reads it, a copy button where the
 * clipboard works, and the BibTeX and RIS files rewritten to that day as they download. Without
 * scripts the text and the files carry the release day.
 */
export function enhanceCites(root: Document): void {
  for (const details of root.querySelectorAll<HTMLElement>('[data-cite]')) {
    if (details.dataset['enhanced'] !== undefined) continue;
    details.dataset['enhanced'] = '';
    const released = new Date(`${details.dataset['released'] ?? ''}T00:00:00Z`);
    if (Number.isNaN(released.getTime())) continue;
    const now = today();
    const text = details.querySelector<HTMLElement>('[data-cite-text]');
    if (text) text.textContent = restamp(text.textContent ?? '', 'text', released, now);

    for (const link of details.querySelectorAll<HTMLAnchorElement>('[data-cite-download]')) {
      const format = link.dataset['citeDownload'] as CiteFormat;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        fetch(link.href)
          .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
          .then((body) => {
            const url = URL.createObjectURL(new Blob([restamp(body, format, released, now)], { type: 'text/plain;charset=utf-8' }));
            const save = Object.assign(root.createElement('a'), { href: url, download: link.download });
            save.click();
            setTimeout(() => URL.revokeObjectURL(url), 10_000);
          })
          .catch(() => {
            window.location.href = link.href;
          });
      });
    }

    const copy = details.querySelector<HTMLButtonElement>('[data-cite-copy]');
    const status = details.querySelector<HTMLElement>('[data-cite-status]');
    if (!copy || !text || !navigator.clipboard) continue;
    copy.hidden = false;
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(text.textContent ?? '').then(
        () => {
          if (status) status.textContent = copy.dataset['done'] ?? '';
        },
        () => {},
      );
    });
  }
}
