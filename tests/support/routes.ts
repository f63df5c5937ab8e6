import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './site';

/** Every page path listed in the built sitemap (without origin), plus the 404 page. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}
