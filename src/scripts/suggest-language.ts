import { pickLanguage } from '../lib/pick-language';

/** Highlights the reader's likely language on the landing page; never redirects. */
export function suggestLanguage(root: Document, preferred: readonly string[]): void {
  const lang = pickLanguage(preferred);
  const choice = root.querySelector<HTMLAnchorElement>(`[data-lang-choice="${lang}"]`);
  const note = root.querySelector<HTMLElement>('[data-lang-suggestion]');
  const name = root.querySelector<HTMLElement>('[data-lang-suggested]');
  if (!choice || !note || !name) return;
  choice.classList.add('border-accent');
  choice.setAttribute('aria-describedby', 'lang-suggestion');
  note.id = 'lang-suggestion';
  name.textContent = choice.textContent;
  note.hidden = false;
}
