import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * A build writes into a staging folder beside the output folder and replaces it only when
 * every step has succeeded, so a failed build never leaves a half-written site where the
 * last good one was. `stage` goes first in the integrations, `commit` last.
 */
export function buildOutput(): { stage: AstroIntegration; commit: AstroIntegration } {
  let final = '';
  let staging = '';
  return {
    stage: {
      name: 'striving:build-output-stage',
      hooks: {
        'astro:config:setup': ({ command, config, updateConfig }) => {
          if (command !== 'build') return;
          final = fileURLToPath(config.outDir).replace(/\/$/, '');
          staging = `${final}.staging`;
          rmSync(staging, { recursive: true, force: true });
          updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        },
      },
    },
    commit: {
      name: 'striving:build-output-commit',
      hooks: {
        'astro:build:done': ({ logger }) => {
          if (!staging) return;
          const old = `${final}.old`;
          rmSync(old, { recursive: true, force: true });
          if (existsSync(final)) renameSync(final, old);
          renameSync(staging, final);
          rmSync(old, { recursive: true, force: true });
          logger.info(`wrote ${final}`);
        },
      },
    },
  };
}

/**
 * A deploy build must say where the site lives: canonical links, the sitemap, embed codes
 * and QR codes are absolute URLs, and a silent localhost default would hand newsrooms embed
 * codes pointing at localhost. `npm start` sets it for a local preview.
 */
export function requireSiteUrl(): AstroIntegration {
  return {
    name: 'striving:require-site-url',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && !process.env['SITE_URL']) {
          throw new Error(
            'SITE_URL is not set. A build needs the public origin of the site, e.g. SITE_URL=https://news.example.com npm run build (npm start sets http://localhost:4321 for a local preview).',
          );
        }
      },
    },
  };
}
