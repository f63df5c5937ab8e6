/** What the service worker may save, as site URLs with the base (offline-manifest.json). */
export interface OfflineFiles {
  /** Each edition's pages, by folder URL: what "Save the whole report" stores. */
  zh: string[];
  'zh-hant': string[];
  en: string[];
  /** Shared by both languages: styles, scripts, icons, the figures downloads, the landing and 404 pages. */
  assets: string[];
  /** The Pagefind files each edition's search needs offline (its index, the worker and WebAssembly). */
  pagefind: { zh: string[]; 'zh-hant': string[]; en: string[] };
}

const shared = /^(_astro\/|favicon|icon-|figures\.|404\.html$|index\.html$)/;
// The search dialog uses Pagefind's API, never its ready-made UI bundles (about 430 KB).
const pagefindUi = /^pagefind\/pagefind-(ui|modular-ui|component-ui|highlight)\./;
/** Pagefind names each edition's files after its BCP 47 tag, lower-cased. */
const pagefindTags = { zh: 'zh-cn', 'zh-hant': 'zh-hant', en: 'en' } as const;

/**
 * Sorts the built files (paths relative to the output folder) into what the service worker
 * saves. Pages are listed by their folder URL, the way readers and links request them; the
 * embed pages are left out (they exist to be framed by other sites).
 */
export function computeOfflineFiles(files: readonly string[], base: string): OfflineFiles {
  const url = (file: string) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
  const pages = (lang: string) =>
    files.filter((f) => f.startsWith(`${lang}/`) && f.endsWith('.html') && !f.startsWith(`${lang}/embed/`)).map(url);
  const search = files.filter((f) => f.startsWith('pagefind/') && !pagefindUi.test(f));
  const forLang = (lang: keyof typeof pagefindTags) => {
    const others = Object.entries(pagefindTags)
      .filter(([l]) => l !== lang)
      .map(([, tag]) => tag);
    const name = (f: string) => f.split('/').pop() ?? '';
    // A file named for another language (en_…, pagefind.en_….pf_meta, wasm.en.pagefind) is not needed.
    // The 繁體 edition's search also converts simplified queries with its character map.
    const own = files.filter((f) => f === `${lang}/search-chars.json`);
    return [...search.filter((f) => !others.some((tag) => new RegExp(`(^|[._])${tag}[._]`).test(name(f)))), ...own].map(url);
  };
  return {
    zh: pages('zh'),
    'zh-hant': pages('zh-hant'),
    en: pages('en'),
    assets: files.filter((f) => shared.test(f)).map(url),
    pagefind: { zh: forLang('zh'), 'zh-hant': forLang('zh-hant'), en: forLang('en') },
  };
}
