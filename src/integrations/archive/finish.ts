import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchDoc } from '../../lib/offline-search';
import { ClassicScripts } from './classic-scripts';
import { formatReadme, listFiles, packFolder } from './package';
import { rewritePage } from './rewrite-page';
import { computeSearchDoc, formatSearchScript } from './search-index';

/** Hosted-only files: a service worker, web manifest or Pagefind bundle cannot work over file://. */
const hostedOnly = ['sw.js', 'offline-manifest.json', 'manifest.webmanifest', 'pagefind', 'downloads'];

/**
 * Turns the archive pass's output into the offline archive: relative links, classic scripts,
 * a search index script, README.txt and manifest.json; returns the zip's bytes.
 */
export async function finishArchive(outDir: string, version: string, builtAt: string, siteUrl: string): Promise<Uint8Array> {
  for (const name of hostedOnly) rmSync(join(outDir, name), { recursive: true, force: true });
  const scripts = new ClassicScripts(outDir);
  const index: Record<string, SearchDoc[]> = { zh: [], en: [] };
  for (const file of listFiles(outDir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(outDir, file), 'utf8');
    const doc = computeSearchDoc(html, file);
    const lang = file.split('/')[0] ?? '';
    if (doc && index[lang]) index[lang].push(doc);
    writeFileSync(join(outDir, file), await rewritePage(html, file, scripts));
  }
  if (existsSync(join(outDir, '_astro'))) scripts.removeModules();
  writeFileSync(join(outDir, 'search-index.js'), formatSearchScript(index));
  writeFileSync(join(outDir, 'README.txt'), formatReadme(version, builtAt, siteUrl));
  return packFolder(outDir, version, builtAt);
}
