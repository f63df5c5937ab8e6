import { pickLanguage, rememberedEdition } from '../lib/pick-language';

/** Where the reader's choice of edition is kept, on this device only (written by src/scripts/keep-place.ts too). */
const key = 'striving:edition';

/**
 * Highlights the edition the reader chose last, or else the one their browser's languages
 * suggest, on the landing page; never redirects.
 */
export function suggestLanguage(root: Document, preferred: readonly string[]): void {
  const remembered = rememberedEdition(stored());
  const edition = remembered ?? pickLanguage(preferred);
  const choice = root.querySelector<HTMLAnchorElement>(`[data-lang-choice="${edition}"]`);
  const note = root.querySelector<HTMLElement>(remembered ? '[data-lang-remembered]' : '[data-lang-suggestion]');
  const name = note?.querySelector<HTMLElement>('[data-lang-suggested]');
  if (!choice || !note || !name) return;
  choice.classList.add('border-accent');
  choice.setAttribute('aria-describedby', 'lang-suggestion');
  note.id = 'lang-suggestion';
  name.textContent = choice.textContent;
  note.hidden = false;
}

function stored(): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    // Storage refused (a private window): the browser's languages still suggest one.
    return null;
  }
}

/** Keeps the edition the reader picks here for their next visit. */
export function rememberChoice(root: Document): void {
  root.addEventListener('click', (event) => {
    const edition = (event.target as Element | null)?.closest<HTMLElement>('[data-lang-choice]')?.dataset['langChoice'];
    try {
      if (edition) localStorage.setItem(key, edition);
    } catch {
      // Not kept where storage is refused; the links still work.
    }
  });
}
