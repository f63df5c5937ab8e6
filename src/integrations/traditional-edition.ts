import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hantPage, hantUrls } from '../lib/traditional/page';
import { hantSvg } from '../lib/traditional/svg';
import { toTraditional } from '../utils/traditional';
import { traditionalOf } from './traditional-chars';

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

/**
 * The 繁體 edition: every page and file of the 简体 edition (/zh/…) made again under /zh-hant/,
 * converted at build time (src/lib/traditional/). Pages, oEmbed JSON and chart SVGs are
 * converted as text; the chart PNGs and social cards are drawn by their own routes
 * (src/pages/zh-hant/, src/pages/og/), since an image cannot be converted. Runs before Pagefind,
 * the archive and the service worker, so the edition is searched, archived and cached like the
 * other two.
 */
export function traditionalEdition(): AstroIntegration {
  let base = '/';
  return {
    name: 'striving:traditional-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const from = join(out, 'zh');
        const to = join(out, 'zh-hant');
        let count = 0;
        for (const file of filesUnder(from)) {
          const target = join(to, file.replace(/-zh\.(svg|png)$/, '-zh-hant.$1'));
          if (file.endsWith('.png')) {
            if (!existsSync(target)) throw new Error(`繁體 edition: no image ${relative(out, target)} was drawn for zh/${file}`);
            continue;
          }
          const text = readFileSync(join(from, file), 'utf8');
          const converted = file.endsWith('.html')
            ? hantPage(text, { convert: toTraditional, base })
            : file.endsWith('.svg')
              ? hantSvg(text, toTraditional, base)
              : hantUrls(toTraditional(text), base);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, converted);
          count += 1;
        }
        // The characters its search converts a simplified query with (src/scripts/search/search.ts).
        writeFileSync(join(to, 'search-chars.json'), JSON.stringify(traditionalOf()));
        logger.info(`zh-hant: ${count} files converted from zh`);
      },
    },
  };
}
