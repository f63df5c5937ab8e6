// @ts-nocheck -- plain worker code served as is; CACHE and BASE are prepended by src/pages/sw.js.ts.
// The site's service worker. src/pages/sw.js.ts prepends CACHE (versioned per build) and BASE.
// Pages: network first, so a new deploy is read at once, with the cached copy when offline.
// Assets: cache first; their names carry a content hash, and each build gets a new cache.

self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

// Old versions' caches go as soon as this one takes over, so pages and assets never mix versions.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('striving-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (url.pathname === `${BASE}offline-manifest.json`) return;
  const isPage = request.mode === 'navigate' || (request.headers.get('accept') ?? '').includes('text/html');
  event.respondWith(isPage ? networkFirst(request) : cacheFirst(request));
});

self.addEventListener('message', (event) => {
  const data = event.data ?? {};
  const port = event.ports[0];
  if (data.type === 'cache' && Array.isArray(data.urls)) event.waitUntil(cacheAll(data.urls).then((ok) => port?.postMessage({ ok })));
  if (data.type === 'save' && typeof data.lang === 'string') event.waitUntil(saveLanguage(data.lang, port));
});

async function listFiles() {
  const response = await fetch(`${BASE}offline-manifest.json`, { cache: 'no-store' });
  return response.json();
}

async function precacheShell() {
  const files = await listFiles();
  await cacheAll([BASE, `${BASE}zh/`, `${BASE}en/`, ...files.assets]);
}

/** Caches URLs a few at a time; resolves to false if any failed. */
async function cacheAll(urls, onProgress) {
  const cache = await caches.open(CACHE);
  let ok = true;
  for (let i = 0; i < urls.length; i += 6) {
    const batch = urls.slice(i, i + 6).filter((u) => new URL(u, self.location.href).pathname.startsWith(BASE));
    const results = await Promise.allSettled(batch.map((u) => cache.add(new Request(u, { cache: 'no-cache' }))));
    if (results.some((r) => r.status === 'rejected')) ok = false;
    onProgress?.(Math.min(urls.length, i + 6), urls.length);
  }
  return ok;
}

/** "Save the whole report": every page of one language, the assets and any Pagefind files. */
async function saveLanguage(lang, port) {
  try {
    const files = await listFiles();
    const urls = [...(files[lang] ?? []), ...files.assets, ...(files.pagefind ?? [])];
    const ok = await cacheAll(urls, (done, total) => port?.postMessage({ done, total }));
    port?.postMessage({ finished: true, ok });
  } catch {
    port?.postMessage({ finished: true, ok: false });
  }
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
