import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchRecord } from '../../lib/search/record';
import { ClassicScripts } from './classic-scripts';
import { formatReadme, listFiles, packFolder } from './package';
import { rewritePage } from './rewrite-page';
import { formatSearchScript } from './search-index';

export interface ArchiveOptions {
  version: string;
  builtAt: string;
  /** Where the hosted edition lives, for README.txt. */
  siteUrl: string;
  /** The hosted build's base path, which the archive's links drop. */
  base: string;
  /** The folder the zip unpacks into. */
  folder: string;
  /** The search records, by language, as Pagefind indexes them online. */
  search: Record<string, SearchRecord[]>;
  /** Traditional characters and their simplified forms, for queries typed in 繁體. */
  simplified: Record<string, string>;
  /** Simplified characters and the 繁體 edition's forms, for its queries typed in 简体. */
  traditional: Record<string, string>;
}

/**
 * Turns a copy of the hosted build (hosted-only files already left out) into the offline
 * archive: pages rewritten for file://, a search index script, README.txt and manifest.json;
 * returns the zip's bytes.
 */
export async function finishArchive(stage: string, options: ArchiveOptions): Promise<Uint8Array> {
  const scripts = new ClassicScripts(stage);
  for (const file of listFiles(stage).filter((f) => f.endsWith('.html'))) {
    const html = await rewritePage(readFileSync(join(stage, file), 'utf8'), file, scripts, {
      base: options.base,
      builtAt: options.builtAt,
    });
    writeFileSync(join(stage, file), html);
  }
  if (existsSync(join(stage, '_astro'))) scripts.removeModules();
  writeFileSync(
    join(stage, 'search-index.js'),
    formatSearchScript(options.search, { simplified: options.simplified, traditional: options.traditional }),
  );
  writeFileSync(join(stage, 'README.txt'), formatReadme(options.version, options.builtAt, options.siteUrl));
  return packFolder(stage, options.version, options.builtAt, options.folder);
}
