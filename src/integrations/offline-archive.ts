import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isHostedOnly } from '../site';
import { finishArchive } from './archive/finish';
import { formatSha256Sums, listFiles, sha256 } from './archive/package';
import { stampDownloadPage } from './archive/stamp';
import { searchRecordsOf } from './search-records';
import { simplifiedOf, traditionalOf } from './traditional-chars';

/** The zip's file name, the same for the hosted link, the download page and the archive's folder. */
export const archiveName = (version: string) => `striving-${version}`;

/**
 * Makes the offline archive from the site this build has just written: a copy of the output
 * without the hosted-only files (src/site.ts), its pages rewritten for file:// (relative links,
 * classic scripts, hosted-only parts removed, archive-only parts shown), an offline search
 * index, README.txt and manifest.json, zipped into downloads/. The hosted download pages then
 * get the zip's size, SHA-256 and date. One build, so the zip always matches the site.
 */
export function offlineArchive(): AstroIntegration {
  let base = '/';
  let site = '';
  let version = '0.0.0';
  return {
    name: 'striving:offline-archive',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? '';
        version = (JSON.parse(readFileSync(join(fileURLToPath(config.root), 'package.json'), 'utf8')) as { version: string }).version;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const stage = mkdtempSync(join(tmpdir(), 'striving-archive-'));
        try {
          cpSync(out, stage, {
            recursive: true,
            filter: (path) => {
              const file = relative(out, path).split(sep).join('/');
              return file === '' || !isHostedOnly(statSync(path).isDirectory() ? `${file}/` : file);
            },
          });
          const builtAt = new Date().toISOString();
          const zip = await finishArchive(stage, {
            version,
            builtAt,
            siteUrl: new URL(base, site || 'http://localhost').toString(),
            base,
            folder: archiveName(version),
            search: searchRecordsOf(out),
            simplified: simplifiedOf(),
            traditional: traditionalOf(),
          });
          const file = `${archiveName(version)}.zip`;
          mkdirSync(join(out, 'downloads'), { recursive: true });
          writeFileSync(join(out, 'downloads', file), zip);
          // Beside the downloads, their checksums in the format sha256sum -c reads.
          const downloads = listFiles(join(out, 'downloads')).filter((f) => f !== 'SHA256SUMS');
          writeFileSync(
            join(out, 'downloads', 'SHA256SUMS'),
            formatSha256Sums(downloads.map((path) => ({ path, sha256: sha256(readFileSync(join(out, 'downloads', path))) }))),
          );
          const facts = { file, bytes: zip.length, sha256: sha256(zip), builtAt };
          for (const [edition, lang] of [
            ['zh', 'zh'],
            ['zh-hant', 'zh'],
            ['en', 'en'],
          ] as const)
            stampDownloadPage(join(out, edition, 'download', 'index.html'), facts, lang);
          logger.info(`downloads/${file}: ${zip.length} bytes`);
        } finally {
          rmSync(stage, { recursive: true, force: true });
        }
      },
    },
  };
}
