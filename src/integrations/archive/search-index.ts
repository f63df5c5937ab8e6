import { safeJson } from '../../lib/safe-json';
import { parse } from 'node-html-parser';
import type { SearchDoc } from '../../lib/offline-search';

/** Pages left out of the archive's search: the full edition repeats every page, the rest hold no article text. */
const unindexed = ['/full/', '/download/', '/offline-search/'];

/** One search document from a built page: its heading and the text of <main>, minus what Pagefind would skip. */
export function computeSearchDoc(html: string, file: string): SearchDoc | undefined {
  if (unindexed.some((p) => `/${file}`.includes(p))) return undefined;
  const main = parse(html).querySelector('main');
  if (!main) return undefined;
  for (const el of main.querySelectorAll('[data-pagefind-ignore], script, style, svg')) el.remove();
  const title = main.querySelector('h1')?.textContent.trim() ?? '';
  return { url: file, title, text: main.textContent.replace(/\s+/g, ' ').trim() };
}

/**
 * The index as a classic script defining a global: over file:// pages cannot fetch JSON,
 * but a <script src> still loads.
 */
export function formatSearchScript(docs: Record<string, SearchDoc[]>): string {
  return `window.STRIVING_SEARCH_INDEX = ${safeJson(docs)};\n`;
}
