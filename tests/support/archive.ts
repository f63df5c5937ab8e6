import { mkdtempSync, readFileSync, readdirSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { distDir } from './site';

/** The archive zip the build put under dist/downloads/. */
export function archiveZip(): string {
  // striving-<version>.zip; the data package, striving-data-<version>.zip, is another file.
  const name = readdirSync(join(distDir, 'downloads')).find((f) => /^striving-\d[^/]*\.zip$/.test(f));
  if (!name) throw new Error('no striving-*.zip in dist/downloads: run npm run build first');
  return join(distDir, 'downloads', name);
}

/**
 * Unzips the archive (or another zip of ours) into a new temporary folder. `dir` is the folder holding index.html;
 * `remove()` deletes the temporary folder this call made, and nothing else.
 */
export function unzipArchive(zip = archiveZip()): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'offline-archive-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const entries = unzipSync(readFileSync(zip));
  for (const [path, bytes] of Object.entries(entries)) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  const top = readdirSync(dir);
  return { dir: top.length === 1 && top[0] ? join(dir, top[0]) : dir, remove };
}
