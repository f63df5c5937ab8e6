export type Reading = 'animated' | 'plain';

const key = 'striving:reading';

/** The reader's stored choice; storage can be off or full, which means "animated". */
export function storedReading(): Reading {
  try {
    return localStorage.getItem(key) === 'plain' ? 'plain' : 'animated';
  } catch {
    return 'animated';
  }
}

function apply(reading: Reading): void {
  const html = document.documentElement;
  if (reading === 'plain') html.dataset['reading'] = 'plain';
  else delete html.dataset['reading'];
  document.dispatchEvent(new Event('striving:reading'));
  // Charts shown again read the scroll position at once.
  window.dispatchEvent(new Event('resize'));
}

/** In step-by-step reading a link to a step opens that step of the sequence. */
function followHash(): void {
  if (document.documentElement.dataset['reading'] !== 'plain') return;
  const id = decodeURIComponent(location.hash.slice(1));
  if (id.startsWith('chart-')) document.getElementById(`${id}-plain`)?.scrollIntoView();
}

/**
 * The page's reading-mode control. The choice is stored (localStorage) and applied before the
 * first paint by the inline script in BaseLayout, so a page never flashes the other mode.
 */
export function enhanceReadingMode(root: Document): void {
  const current = storedReading();
  for (const input of root.querySelectorAll<HTMLInputElement>('[data-reading-mode] input[name="reading"]')) {
    input.checked = input.value === current;
    input.addEventListener('change', () => {
      if (!input.checked) return;
      const reading: Reading = input.value === 'plain' ? 'plain' : 'animated';
      try {
        localStorage.setItem(key, reading);
      } catch {
        // Without storage the choice lasts for this page only.
      }
      apply(reading);
    });
  }
  followHash();
  addEventListener('hashchange', followHash);
}
