/** What the service worker may precache, as site URLs with the base. */
export interface OfflineFiles {
  zh: string[];
  en: string[];
  /** Shared by both languages: styles, scripts, icons, the figures downloads, the landing and 404 pages. */
  assets: string[];
  /** Whatever Pagefind wrote, so search keeps working offline where it exists. */
  pagefind: string[];
}

const shared = /^(_astro\/|favicon|icon-|figures\.|manifest\.webmanifest$|404\.html$|index\.html$)/;

/**
 * Sorts the built files (paths relative to the output folder) into what the service worker
 * saves: pages are listed by their folder URL, the way readers and links request them.
 */
export function computeOfflineFiles(files: readonly string[], base: string): OfflineFiles {
  const url = (file: string) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
  const pages = (lang: string) => files.filter((f) => f.startsWith(`${lang}/`) && f.endsWith('.html')).map(url);
  return {
    zh: pages('zh'),
    en: pages('en'),
    assets: files.filter((f) => shared.test(f)).map(url),
    pagefind: files.filter((f) => f.startsWith('pagefind/')).map(url),
  };
}
