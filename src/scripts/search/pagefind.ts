import type { PagefindRecordData } from '../../lib/search/pagefind-record';

export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindRecordData> }[];
}

export interface Pagefind {
  options: (options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<PagefindSearch | null>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once, from the site's own base path, so the index and its results follow
 * BASE_PATH hosting. Pagefind picks the index matching <html lang>, so results stay in
 * the page's language.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const url = `${base.endsWith('/') ? base : `${base}/`}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Pagefind's worker keeps index decoding and search off the main thread, so typing stays
    // responsive on slow phones (Lighthouse TBT on the search page: 720 ms without it).
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
