import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchDoc } from '../../lib/offline-search';
import { ClassicScripts } from './classic-scripts';
import { formatReadme, listFiles, packFolder } from './package';
import { rewritePage } from './rewrite-page';
import { computeSearchDoc, formatSearchScript } from './search-index';

export interface ArchiveOptions {
  version: string;
  builtAt: string;
  /** Where the hosted edition lives, for README.txt. */
  siteUrl: string;
  /** The hosted build's base path, which the archive's links drop. */
  base: string;
  /** The folder the zip unpacks into. */
  folder: string;
}

/**
 * Turns a copy of the hosted build (hosted-only files already left out) into the offline
 * archive: pages rewritten for file://, a search index script, README.txt and manifest.json;
 * returns the zip's bytes.
 */
export async function finishArchive(stage: string, options: ArchiveOptions): Promise<Uint8Array> {
  const scripts = new ClassicScripts(stage);
  const index: Record<string, SearchDoc[]> = { zh: [], en: [] };
  for (const file of listFiles(stage).filter((f) => f.endsWith('.html'))) {
    const lang = file.split('/')[0] ?? '';
    const html = await rewritePage(readFileSync(join(stage, file), 'utf8'), file, scripts, {
      base: options.base,
      builtAt: options.builtAt,
    });
    const doc = computeSearchDoc(html, file);
    if (doc && index[lang]) index[lang].push(doc);
    writeFileSync(join(stage, file), html);
  }
  if (existsSync(join(stage, '_astro'))) scripts.removeModules();
  writeFileSync(join(stage, 'search-index.js'), formatSearchScript(index));
  writeFileSync(join(stage, 'README.txt'), formatReadme(options.version, options.builtAt, options.siteUrl));
  return packFolder(stage, options.version, options.builtAt, options.folder);
}
