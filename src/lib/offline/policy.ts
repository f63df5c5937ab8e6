/**
 * What the service worker does with each request and response, as pure functions so every
 * rule is unit-tested (src/service-worker/sw.ts only wires them to the Cache API).
 */

/** Cache names, scoped to the base path: two editions on one origin never touch each other's caches. */
export function cacheNames(base: string, build: string) {
  const prefix = `striving:${base}:`;
  return {
    prefix,
    /** Pages and assets met while reading, plus the shell precached at install; replaced by each deploy. */
    run: `${prefix}run:${build}`,
    /** "Save the whole report" for one language; kept across deploys until a newer save replaces it. */
    saved: (lang: string) => `${prefix}saved:${lang}:${build}`,
  };
}

/**
 * The caches a newly activated worker deletes: earlier builds' run caches of its own base
 * path but the latest of them, and caches named by the first version of this worker
 * (striving-<version>-<build>). Saved reports are never deleted here. The latest earlier run
 * cache stays one more deploy: tabs opened before this deploy still load their build's
 * lazy chunks (the search dialog) from it, after the network has dropped them (review L9).
 * caches.keys() lists caches in the order they were made, so the latest is the last.
 */
export function staleCaches(keys: readonly string[], base: string, build: string): string[] {
  const { prefix, run } = cacheNames(base, build);
  const earlierRuns = keys.filter((key) => key.startsWith(`${prefix}run:`) && key !== run);
  const previous = earlierRuns.at(-1);
  return keys.filter((key) => (earlierRuns.includes(key) && key !== previous) || /^striving-\d/.test(key));
}

/** Saved reports of one language that a newer complete save replaces. */
export function supersededSaves(keys: readonly string[], base: string, lang: string, keep: string): string[] {
  const { prefix } = cacheNames(base, '');
  return keys.filter((key) => key.startsWith(`${prefix}saved:${lang}:`) && key !== keep);
}

/** Every cache of this base path to look in: this build's first, then the saved reports. */
export function ownCaches(keys: readonly string[], base: string, build: string): string[] {
  const { prefix, run } = cacheNames(base, build);
  return [run, ...keys.filter((k) => k.startsWith(prefix) && k !== run)];
}

export type RequestKind = 'page' | 'immutable' | 'runtime' | 'asset';

/**
 * How a request is answered:
 * - page: network first (a new deploy is read at once), then any cached copy, then the 404 page;
 * - immutable: content-hashed files (/_astro/, Pagefind's index and fragments) never change, so cache first;
 * - runtime: Pagefind's own code and entry file: a cached copy answers at once and the network
 *   refreshes it behind (search on a saved report must not wait on a slow network);
 * - asset: everything else (downloads of figures, icons): network first, a copy after a wait.
 * Whatever the order, a copy answers over a network answer that is not the real file (a 5xx,
 * a portal's page): see servesNetwork.
 */
export function classify(path: string, base: string, mode: string, accept: string): RequestKind {
  if (mode === 'navigate' || accept.includes('text/html') || path.endsWith('/') || path.endsWith('.html')) return 'page';
  const local = path.slice(base.length - 1);
  if (local.startsWith('/_astro/') || /^\/pagefind\/(index|fragment|filter)\//.test(local) || /\.pf_meta$/.test(local)) return 'immutable';
  if (local.startsWith('/pagefind/')) return 'runtime';
  return 'asset';
}

/**
 * Whether a cached copy may answer a URL with a different query: pages (?q= on the search
 * page) and Pagefind, which asks for pagefind-entry.json?ts=<now> on every load.
 */
export function matchesIgnoringQuery(path: string, base: string): boolean {
  return path.endsWith('/') || path.endsWith('.html') || path.startsWith(`${base}pagefind/`);
}

/** The parts of a response the keep-or-not decision reads. */
export interface ResponseFacts {
  status: number;
  type: string;
  redirected: boolean;
  contentType: string;
}

/**
 * Whether a response is the real file and may be kept: a 200 from this origin, not a
 * redirect, and HTML exactly where HTML is expected. A captive portal's login page answers
 * 200 with HTML for every URL; it must never be kept in place of a page's CSS or script, nor
 * in place of an article (it would not carry the site's own page marker).
 */
export function isKeepable(response: ResponseFacts, kind: RequestKind, isOwnPage: boolean): boolean {
  if (response.status !== 200 || response.type !== 'basic' || response.redirected) return false;
  const html = /^text\/html\b/i.test(response.contentType);
  return kind === 'page' ? html && isOwnPage : !html;
}

/** Marks every page of the site, so a worker can tell a page of ours from a portal's page. */
export const pageMarker = '<meta name="generator" content="striving"';

/** How long a request waits for the network before a saved copy answers instead. */
export const pageTimeoutMs = 4000;
export const assetTimeoutMs = 2000;

/**
 * Whether the network's answer is served. The real file always is, and anything is where no
 * copy exists. Otherwise a copy answers over a 5xx, and over anything but the real file for a
 * script, index or download (a portal's login page, a redirect). A navigation still shows a
 * portal's page (status below 500): the reader may need it to sign in to the network.
 */
export function servesNetwork(kind: RequestKind, answer: { status: number; real: boolean }, hasCopy: boolean): boolean {
  if (answer.real || !hasCopy) return true;
  return kind === 'page' && answer.status < 500;
}

/**
 * The URL a response is kept under. Pages and Pagefind are looked up ignoring the query (see
 * matchesIgnoringQuery), so they are kept without it: one copy of the search page, not one per
 * ?q=, utm_ link or pagefind-entry.json?ts=.
 */
export function storageUrl(url: string, base: string): string {
  const parsed = new URL(url);
  if (!matchesIgnoringQuery(parsed.pathname, base)) return url;
  parsed.search = '';
  parsed.hash = '';
  return parsed.toString();
}

/** Why a save did not finish, as the reader is told: storage full, or anything else. */
export function saveFailure(errorNames: readonly string[]): 'full' | 'failed' {
  return errorNames.includes('QuotaExceededError') ? 'full' : 'failed';
}
