import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { computeOfflineFiles } from '../lib/offline/files';
import { listFiles } from './archive/package';

/**
 * Writes the service worker and its file list after the build: offline-manifest.json (what
 * "Save the whole report" stores) and sw.js, bundled from src/service-worker/sw.ts with the
 * base path and a build id that is a hash of every file the site serves. An unchanged site
 * keeps its id (readers keep their caches); any change gives a new worker.
 */
export function serviceWorker(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'striving:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = listFiles(out).filter(
          (f) => !f.startsWith('downloads/') && f !== 'sw.js' && f !== 'offline-manifest.json' && f !== '_headers',
        );
        const hash = createHash('sha256');
        for (const file of files) hash.update(file).update(readFileSync(join(out, file)));
        const id = hash.digest('hex').slice(0, 12);
        writeFileSync(join(out, 'offline-manifest.json'), JSON.stringify(computeOfflineFiles(files, base)));
        await build({
          entryPoints: [join(root, 'src/service-worker/sw.ts')],
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2020',
          outfile: join(out, 'sw.js'),
          logLevel: 'error',
          define: { __BASE__: JSON.stringify(base), __BUILD__: JSON.stringify(id) },
        });
        logger.info(`sw.js: build ${id}, ${files.length} files listed`);
      },
    },
  };
}
