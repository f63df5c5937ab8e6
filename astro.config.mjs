// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { normaliseBase } from './src/lib/base.mjs';
import { securityHeaders } from './src/integrations/security-headers.ts';

// Hosting is configuration, not code: a newsroom can serve the site under
// /special/striving/ by setting BASE_PATH at build time.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = normaliseBase(process.env.BASE_PATH ?? '/');

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  // OUT_DIR lets tests build a second copy (e.g. under a sub-path) beside dist/.
  outDir: process.env.OUT_DIR ?? 'dist',
  build: { format: 'directory' },
  integrations: [mdx(), securityHeaders()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
