/// <reference lib="webworker" />
// The site's service worker, bundled by src/integrations/service-worker.ts, which defines
// __BASE__ (the base path) and __BUILD__ (a hash of the build's files). Every decision is a
// pure function in src/lib/offline/policy.ts; this file wires them to the Cache API.
import {
  cacheNames,
  classify,
  isKeepable,
  matchesIgnoringQuery,
  ownCaches,
  pageMarker,
  pageTimeoutMs,
  staleCaches,
  supersededSaves,
  type RequestKind,
} from '../lib/offline/policy';
import type { OfflineFiles } from '../lib/offline/files';

declare const __BASE__: string;
declare const __BUILD__: string;
declare const self: ServiceWorkerGlobalScope;

const BASE = __BASE__;
const names = cacheNames(BASE, __BUILD__);

self.addEventListener('install', (event) => {
  event.waitUntil(
    precacheShell()
      .catch(() => {})
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(staleCaches(keys, BASE, __BUILD__).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (url.pathname === `${BASE}offline-manifest.json` || url.pathname === `${BASE}sw.js`) return;
  const kind = classify(url.pathname, BASE, request.mode, request.headers.get('accept') ?? '');
  event.respondWith(answer(request, url, kind, event));
});

self.addEventListener('message', (event) => {
  const data = (event.data ?? {}) as { type?: string; urls?: unknown; lang?: unknown };
  const port = event.ports[0];
  if (data.type === 'cache' && Array.isArray(data.urls))
    event.waitUntil(keepAll(names.run, data.urls.filter(isOwnUrl)).then((ok) => port?.postMessage({ ok })));
  if (data.type === 'save' && (data.lang === 'zh' || data.lang === 'zh-hant' || data.lang === 'en'))
    event.waitUntil(saveLanguage(data.lang, port));
});

/** Only URLs of this origin and base path are ever cached. */
function isOwnUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value, self.location.href);
    return url.origin === self.location.origin && url.pathname.startsWith(BASE);
  } catch {
    return false;
  }
}

/** A cached copy from any of this base path's caches; Vary headers (astro preview sends Vary: Origin) are ignored. */
async function fromCache(request: Request | string, path: string): Promise<Response | undefined> {
  const options = { ignoreVary: true, ignoreSearch: matchesIgnoringQuery(path, BASE) };
  for (const name of ownCaches(await caches.keys(), BASE, __BUILD__)) {
    const hit = await (await caches.open(name)).match(request, options);
    if (hit) return hit;
  }
  return undefined;
}

/** Whether a fetched response is the real file (see isKeepable); pages must carry the site's marker. */
async function keepable(response: Response, kind: RequestKind): Promise<boolean> {
  const facts = {
    status: response.status,
    type: response.type,
    redirected: response.redirected,
    contentType: response.headers.get('content-type') ?? '',
  };
  if (!isKeepable(facts, kind, true)) return false;
  return kind !== 'page' || (await response.clone().text()).includes(pageMarker);
}

/** Stores a copy without ever delaying or failing the reader's response (a full disk only means no copy). */
function store(cacheName: string, request: Request | string, response: Response, kind: RequestKind): Promise<void> {
  return keepable(response, kind)
    .then(async (ok) => {
      if (ok) await (await caches.open(cacheName)).put(request, response);
    })
    .catch(() => {});
}

function timeout(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
}

async function answer(request: Request, url: URL, kind: RequestKind, event: FetchEvent): Promise<Response> {
  if (kind === 'immutable') {
    const cached = await fromCache(request, url.pathname);
    if (cached) return cached;
  }
  const network = fetch(request).then(
    (response) => {
      event.waitUntil(store(names.run, request, response.clone(), kind));
      return response;
    },
    () => undefined,
  );
  // On a slow or dead network ("lie-fi") a page waits a few seconds, then a saved copy answers.
  const first = kind === 'page' ? await Promise.race([network, timeout(pageTimeoutMs)]) : await network;
  if (first) return first;
  const cached = kind === 'immutable' ? undefined : await fromCache(request, url.pathname);
  if (cached) return cached;
  const late = await network;
  if (late) return late;
  if (kind === 'page') {
    const notFound = await fromCache(`${BASE}404.html`, `${BASE}404.html`);
    if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
  }
  return Response.error();
}

async function listFiles(): Promise<OfflineFiles> {
  const response = await fetch(`${BASE}offline-manifest.json`, { cache: 'no-store' });
  return (await response.json()) as OfflineFiles;
}

async function precacheShell(): Promise<void> {
  const files = await listFiles();
  await keepAll(names.run, [BASE, `${BASE}zh/`, `${BASE}en/`, ...files.assets]);
}

/** Fetches and keeps URLs a few at a time; resolves to false if any could not be kept. */
async function keepAll(cacheName: string, urls: readonly string[], onProgress?: (done: number, total: number) => void): Promise<boolean> {
  const cache = await caches.open(cacheName);
  let ok = true;
  for (let i = 0; i < urls.length; i += 6) {
    const batch = urls.slice(i, i + 6);
    const results = await Promise.allSettled(
      batch.map(async (url) => {
        const path = new URL(url, self.location.href).pathname;
        const kind = classify(path, BASE, 'no-cors', '');
        const response = await fetch(new Request(url, { cache: 'no-cache' }));
        if (!(await keepable(response, kind))) throw new Error(`not keepable: ${url}`);
        await cache.put(url, response);
      }),
    );
    if (results.some((r) => r.status === 'rejected')) ok = false;
    onProgress?.(Math.min(urls.length, i + 6), urls.length);
  }
  return ok;
}

/**
 * "Save the whole report": every page of one edition with the assets and its search, in a
 * cache of its own that later deploys leave alone until a newer complete save replaces it.
 */
async function saveLanguage(lang: 'zh' | 'zh-hant' | 'en', port: MessagePort | undefined): Promise<void> {
  try {
    const files = await listFiles();
    const name = names.saved(lang);
    const urls = [...files[lang], ...files.assets, ...files.pagefind[lang]];
    const ok = await keepAll(name, urls, (done, total) => port?.postMessage({ done, total }));
    if (ok) await Promise.all(supersededSaves(await caches.keys(), BASE, lang, name).map((key) => caches.delete(key)));
    port?.postMessage({ finished: true, ok });
  } catch {
    port?.postMessage({ finished: true, ok: false });
  }
}
