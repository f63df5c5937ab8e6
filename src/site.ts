import type { UiKey } from './i18n/ui';

/**
 * The site declared once. Sections and stories come from the content folder; these are the
 * other pages every language has. Header, footer, home page, sitemap and tests read this list.
 */
export type PageId = 'topics' | 'numbers' | 'charts' | 'about' | 'download' | 'full' | 'search';

export interface SitePage {
  id: PageId;
  /** Its name in menus (src/i18n). */
  label: UiKey;
  /** Where links to it are listed: the contents menu, the footer, the home page. */
  nav: readonly ('menu' | 'footer' | 'home')[];
  /** Listed in sitemap.xml and searched by Pagefind. */
  indexed: boolean;
}

export const sitePages: readonly SitePage[] = [
  { id: 'topics', label: 'nav.topics', nav: ['menu', 'footer', 'home'], indexed: true },
  { id: 'numbers', label: 'nav.numbers', nav: ['menu', 'footer', 'home'], indexed: true },
  { id: 'charts', label: 'nav.charts', nav: ['menu', 'footer', 'home'], indexed: true },
  { id: 'about', label: 'nav.about', nav: ['menu', 'footer', 'home'], indexed: true },
  { id: 'download', label: 'nav.download', nav: ['menu', 'footer', 'home'], indexed: false },
  { id: 'full', label: 'nav.full', nav: [], indexed: false },
  { id: 'search', label: 'nav.search', nav: [], indexed: false },
];

/** The pages listed in one place, in order. */
export const pagesIn = (slot: SitePage['nav'][number]): SitePage[] => sitePages.filter((p) => p.nav.includes(slot));

/**
 * Files of the hosted site that the offline archive leaves out: host configuration, the
 * service worker and its lists, Pagefind (it needs a server), the embeds (they exist to be
 * framed by other sites), the social cards (for link previews), the QR codes and citation
 * files (the Share and Cite controls offer them on the hosted pages only) and the archive
 * itself. A trailing slash means a whole folder.
 */
export const hostedOnlyFiles = [
  '_headers',
  '.nojekyll',
  'robots.txt',
  'sitemap.xml',
  'sw.js',
  'offline-manifest.json',
  'manifest.webmanifest',
  'charts.json',
  'pagefind/',
  'downloads/',
  'embed/',
  'zh/embed/',
  'zh-hant/embed/',
  'zh-hant/search-chars.json',
  'en/embed/',
  'og/',
  'qr/',
  'cite/',
] as const;

/** Files left out wherever they are: the charts' long images, which are for sharing from the hosted site. */
export const hostedOnlyPatterns = [/^(?:zh|zh-hant|en)\/charts\/[\w-]+\/[\w-]+-long-[\w-]+\.png$/] as const;

/** True when a file (path from the output root, forward slashes) is left out of the archive. */
export function isHostedOnly(file: string): boolean {
  return (
    hostedOnlyFiles.some((entry) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry)) ||
    hostedOnlyPatterns.some((p) => p.test(file))
  );
}
