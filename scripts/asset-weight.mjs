// What a built page costs in gzip bytes: its HTML, its stylesheets and every script it
// loads, following module imports (static and dynamic) into shared chunks. Shared by the
// benchmark scripts and the budget test.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
export const gz = (path) => gzipSync(readFileSync(path)).length;

/**
 * Chunks a page fetches only for one rare input, counted apart from its JS: OpenCC's
 * traditional-to-simplified table (opencc-js/t2cn), loaded only when a search query holds
 * traditional characters (src/scripts/search/search.ts).
 */
const onDemandChunk = /^\/_astro\/t2cn\.[\w-]+\.js$/;
/**
 * Chunks only the offline archive runs: the archive's own search, imported behind a check that
 * the page is the archive's (src/components/search/OfflineSearch.astro). A hosted page never
 * fetches them, so they count for no hosted page.
 */
const archiveOnlyChunk = /^\/_astro\/archive-search\.[\w-]+\.js$/;

/** Gzip bytes of a page's HTML, CSS and JS (external chunks plus inline scripts), and its on-demand chunks. */
export function pageWeight(dist, url) {
  const html = readFileSync(join(dist, url, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]);
  const seen = new Set();
  const sum = (ext) => assets.filter((a) => a.endsWith(ext) && !seen.has(a) && seen.add(a)).reduce((n, a) => n + gz(join(dist, a)), 0);
  let js = 0;
  let onDemand = 0;
  const queue = assets.filter((a) => a.endsWith('.js'));
  const done = new Set();
  while (queue.length) {
    const a = queue.shift();
    if (done.has(a) || !existsSync(join(dist, a))) continue;
    done.add(a);
    if (archiveOnlyChunk.test(a)) continue;
    if (onDemandChunk.test(a)) {
      onDemand += gz(join(dist, a));
      continue;
    }
    js += gz(join(dist, a));
    const code = readFileSync(join(dist, a), 'utf8');
    // Static imports, and dynamic ones too: code a page fetches later (charts as they near the
    // screen, the search dialog when opened) still counts against its budget.
    for (const m of code.matchAll(/from\s*"\.\/([^"]+\.js)"|import\s*"\.\/([^"]+\.js)"|import\(\s*"\.\/([^"]+\.js)"\s*\)/g))
      queue.push(`/_astro/${m[1] ?? m[2] ?? m[3]}`);
  }
  const inlineJs = [...html.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (n, m) => n + gzipSync(m[1]).length,
    0,
  );
  return { html: gzipSync(html).length, css: sum('.css'), js: js + inlineJs, onDemand };
}
