import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { finishArchive } from './archive/finish';
import { listFiles, sha256 } from './archive/package';
import { computeOfflineFiles } from '../lib/offline-files';
import type { ArchiveInfo } from '../utils/archive';

interface Project {
  root: string;
  /** Where the archive pass builds and the zip waits until the site build copies it. */
  cacheDir: string;
  version: string;
}

function project(rootUrl: URL): Project {
  const root = fileURLToPath(rootUrl);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { root, cacheDir: join(root, 'node_modules', '.cache', 'striving-archive'), version };
}

/** Runs the archive pass: a second `astro build` with ARCHIVE_PASS=1 into the cache folder. */
function buildArchive({ root, cacheDir, version }: Project, siteUrl: string): ArchiveInfo {
  const infoFile = join(cacheDir, 'archive.json');
  const reuse = process.env['ARCHIVE_REUSE'] === '1' && existsSync(infoFile);
  if (reuse) {
    const cached = JSON.parse(readFileSync(infoFile, 'utf8')) as ArchiveInfo;
    if (cached.version === version && existsSync(join(cacheDir, cached.file))) return cached;
  }
  const file = `striving-${version}.zip`;
  const builtAt = new Date().toISOString();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build'], {
    cwd: root, stdio: 'inherit',
    // The archive does not depend on where the hosted copy lives: it always builds at "/".
    env: { ...process.env, ARCHIVE_PASS: '1', ARCHIVE_BUILT_AT: builtAt, OUT_DIR: join(cacheDir, 'site'), BASE_PATH: '/', SITE_URL: siteUrl },
  });
  if (result.status !== 0) throw new Error('The offline archive pass failed (see the output above).');
  const bytes = readFileSync(join(cacheDir, file));
  const info: ArchiveInfo = { version, file, bytes: bytes.length, sha256: sha256(bytes), builtAt };
  writeFileSync(infoFile, JSON.stringify(info));
  return info;
}

/**
 * Builds the offline archive alongside the site. `astro build` first runs the archive pass
 * (before this build reads any content), so the download page can print the zip's size and
 * SHA-256; when the site is done the zip is copied to /downloads/ and the service worker's
 * list of files is written.
 */
export function offlineArchive(): AstroIntegration {
  const isPass = process.env['ARCHIVE_PASS'] === '1';
  let base = '/';
  let where: Project | undefined;
  return {
    name: 'striving-offline-archive',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        base = config.base;
        where = project(config.root);
        if (command !== 'build' || isPass) return;
        process.env['STRIVING_ARCHIVE'] = JSON.stringify(buildArchive(where, config.site ?? ''));
        process.env['STRIVING_BUILD_ID'] = Date.now().toString(36);
      },
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        if (!where) throw new Error('striving-offline-archive: astro:config:setup did not run');
        const { cacheDir, version } = where;
        if (isPass) {
          const builtAt = process.env['ARCHIVE_BUILT_AT'] ?? new Date().toISOString();
          const zip = await finishArchive(outDir, version, builtAt, process.env['SITE_URL'] ?? '');
          mkdirSync(cacheDir, { recursive: true });
          writeFileSync(join(cacheDir, `striving-${version}.zip`), zip);
          return;
        }
        const info = JSON.parse(process.env['STRIVING_ARCHIVE'] ?? '{}') as ArchiveInfo;
        mkdirSync(join(outDir, 'downloads'), { recursive: true });
        copyFileSync(join(cacheDir, info.file), join(outDir, 'downloads', info.file));
        writeFileSync(join(outDir, 'offline-manifest.json'), JSON.stringify(computeOfflineFiles(listFiles(outDir), base)));
      },
    },
  };
}
