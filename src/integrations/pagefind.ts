import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createIndex, close } from 'pagefind';
import { editionList, editions } from '../i18n/locales';
import { toPagefind } from '../lib/search/pagefind-record';
import { buildSearchRecords } from './search-records';

/** Pagefind's service answers with an errors array instead of throwing. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step}: ${errors.join('; ')}`);
}

/**
 * Runs Pagefind over the built site, so `npm run build` always ships a fresh index. It indexes
 * the search records (one per paragraph, heading, chart, page title and figure; see
 * search-records.ts), not whole pages, so a result opens the paragraph that answers the query.
 * The npm binary is Pagefind's extended build, which segments Chinese (zh-CN records).
 * The index goes to <outDir>/pagefind/ only, never into the source tree.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'striving:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const records = buildSearchRecords(site);
        try {
          const { index, errors } = await createIndex();
          check('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          let count = 0;
          for (const edition of editionList) {
            const language = editions[edition].tag.toLowerCase();
            for (const record of records[edition]) {
              check('addCustomRecord', (await index.addCustomRecord(toPagefind(record, language))).errors);
              count += 1;
            }
          }
          check('writeFiles', (await index.writeFiles({ outputPath: join(site, 'pagefind') })).errors);
          // Pagefind writes its ready-made UIs too; the site has its own search UI, and code no page
          // loads should not be served (security review L14).
          for (const file of readdirSync(join(site, 'pagefind')))
            if (/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(file)) rmSync(join(site, 'pagefind', file));
          logger.info(`indexed ${count} search records`);
        } finally {
          await close();
        }
      },
    },
  };
}
