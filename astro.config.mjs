// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { normaliseBase } from './src/lib/base.mjs';
import { remarkArticle } from './src/lib/content/remark-article.ts';
import { buildOutput, requireSiteUrl } from './src/integrations/build-output.ts';
import { chartStyles } from './src/integrations/chart-styles.ts';
import { cspFirst } from './src/integrations/csp-first.ts';
import { offlineArchive } from './src/integrations/offline-archive.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { traditionalEdition } from './src/integrations/traditional-edition.ts';
import { epubEditions } from './src/integrations/epub.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { contentDir, getContentIndex } from './src/utils/content-index.ts';
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';

// Hosting is configuration, not code: a newsroom can serve the site under
// /special/striving/ by setting BASE_PATH at build time. A build needs SITE_URL (see
// requireSiteUrl); the fallback serves `astro dev` and `astro preview`.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = normaliseBase(process.env.BASE_PATH ?? '/');
const output = buildOutput();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  // OUT_DIR lets tests build a second copy (e.g. under a sub-path) beside dist/.
  outDir: process.env.OUT_DIR ?? 'dist',
  // Astro's content store keeps each entry's file path and reuses it while the file's digest
  // is unchanged, so a store shared by two content folders compiles the other folder's files.
  // One store per content folder makes that impossible.
  cacheDir: `./node_modules/.astro/${createHash('sha256').update(realpathSync(contentDir())).digest('hex').slice(0, 12)}`,
  // Stylesheets stay linked (Astro inlines only tiny ones): inlining the ~6 KiB gzip sheet was
  // measured with Lighthouse and gave no faster LCP but a longer first parse task (home TBT
  // ~0-30 ms linked, ~70-260 ms inline), and a linked sheet is cached across pages.
  build: { format: 'directory' },
  // After the pages are written, in this order: the CSP meta moves first in <head>; the 繁體
  // edition is made from the 简体 pages; the EPUBs from each edition's full text; Pagefind
  // indexes the hosted pages; the offline archive is made from them; the service worker and
  // its file list, then _headers, cover every file including the archive; and only then does
  // the finished site replace the last one.
  integrations: [
    output.stage,
    requireSiteUrl(),
    // Paragraph anchors, note markers and first-mention terms come from the content index.
    mdx({ remarkPlugins: [[remarkArticle, { index: () => getContentIndex().article }]] }),
    cspFirst(),
    traditionalEdition(),
    epubEditions(),
    pagefind(),
    offlineArchive(),
    serviceWorker(),
    securityHeaders(),
    output.commit,
  ],
  vite: { plugins: [tailwindcss(), chartStyles()] },
  devToolbar: { enabled: false },
  // A Content-Security-Policy meta tag on every page: Astro hashes the scripts and styles
  // it bundles, so no 'unsafe-inline' is needed. Headers that a meta tag cannot carry
  // (frame-ancestors) go in the _headers file.
  experimental: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind's search runs as WebAssembly, which CSP only allows with 'wasm-unsafe-eval'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
