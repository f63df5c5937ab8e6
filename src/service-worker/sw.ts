/// <reference lib="webworker" />
// The site's service worker, bundled by src/integrations/service-worker.ts, which defines
// __BASE__ (the base path) and __BUILD__ (a hash of the build's files). Every decision is a
// pure function in src/lib/offline/policy.ts; this file wires them to the Cache API.
import {
  assetTimeoutMs,
  cacheNames,
  classify,
  isKeepable,
  matchesIgnoringQuery,
  ownCaches,
  pageMarker,
  pageTimeoutMs,
  saveFailure,
  servesNetwork,
  staleCaches,
  storageUrl,
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
    event.waitUntil(keepAll(names.run, data.urls.filter(isOwnUrl)).then((errors) => port?.postMessage({ ok: errors.length === 0 })));
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

/** Stores a copy without ever failing the reader's response (a full disk only means no copy). */
function store(cacheName: string, url: string, response: Response): Promise<void> {
  return caches
    .open(cacheName)
    .then((cache) => cache.put(storageUrl(url, BASE), response))
    .catch(() => {});
}

function timeout(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
}

/** The network's answer, and whether it is the real file (only then is it kept). */
function fromNetwork(request: Request, kind: RequestKind, event: FetchEvent): Promise<{ response: Response; real: boolean } | undefined> {
  return fetch(request).then(
    async (response) => {
      const real = await keepable(response, kind).catch(() => false);
      if (real) event.waitUntil(store(names.run, request.url, response.clone()));
      return { response, real };
    },
    () => undefined,
  );
}

async function answer(request: Request, url: URL, kind: RequestKind, event: FetchEvent): Promise<Response> {
  if (kind === 'immutable' || kind === 'runtime') {
    const cached = await fromCache(request, url.pathname);
    if (cached) {
      // Pagefind's code is refreshed behind the copy, for the next search.
      if (kind === 'runtime') event.waitUntil(fromNetwork(request, kind, event));
      return cached;
    }
  }
  const network = fromNetwork(request, kind, event);
  // On a slow or dead network ("lie-fi") a request waits a little, then a saved copy answers.
  const wait = kind === 'page' ? pageTimeoutMs : assetTimeoutMs;
  const first = kind === 'immutable' || kind === 'runtime' ? await network : await Promise.race([network, timeout(wait)]);
  if (first?.real) return first.response;
  const cached = kind === 'immutable' || kind === 'runtime' ? undefined : await fromCache(request, url.pathname);
  // A 5xx never stands in for a saved copy, nor a portal's page for a script or index.
  if (first && servesNetwork(kind, { status: first.response.status, real: first.real }, cached !== undefined)) return first.response;
  if (cached) return cached;
  const late = await network;
  if (late) return late.response;
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

/** Fetches and keeps URLs a few at a time; resolves to the names of the errors met (none: all kept). */
async function keepAll(cacheName: string, urls: readonly string[], onProgress?: (done: number, total: number) => void): Promise<string[]> {
  const cache = await caches.open(cacheName);
  const errors: string[] = [];
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
    for (const r of results) if (r.status === 'rejected') errors.push(r.reason instanceof Error ? r.reason.name : 'Error');
    onProgress?.(Math.min(urls.length, i + 6), urls.length);
  }
  return errors;
}

/**
 * "Save the whole report": every page of one edition with the assets and its search, in a
 * cache of its own that later deploys leave alone until a newer complete save replaces it.
 */
async function saveLanguage(lang: 'zh' | 'zh-hant' | 'en', port: MessagePort | undefined): Promise<void> {
  const name = names.saved(lang);
  // A save of this build made earlier is complete; a failed new one must not take it away.
  const earlier = await caches.has(name).catch(() => false);
  let errors: string[];
  try {
    const files = await listFiles();
    const urls = [...files[lang], ...files.assets, ...files.pagefind[lang]];
    errors = await keepAll(name, urls, (done, total) => port?.postMessage({ done, total }));
  } catch (error) {
    errors = [error instanceof Error ? error.name : 'Error'];
  }
  if (errors.length === 0) {
    await Promise.all(supersededSaves(await caches.keys(), BASE, lang, name).map((key) => caches.delete(key)));
    port?.postMessage({ finished: true, ok: true });
    return;
  }
  // A half-made save is removed, so failed attempts do not fill the reader's storage.
  if (!earlier) await caches.delete(name).catch(() => false);
  port?.postMessage({ finished: true, ok: false, reason: saveFailure(errors) });
}
