import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { createIndex, close } from 'pagefind';
import { figureRecords } from './figure-records';

/** Pagefind's service answers with an errors array instead of throwing. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step}: ${errors.join('; ')}`);
}

/**
 * Runs Pagefind over the built site, so `npm run build` always ships a fresh index.
 * The npm binary is Pagefind's extended build, which segments Chinese (zh-CN pages).
 * The index goes to <outDir>/pagefind/ only, never into the source tree.
 */
export default function pagefind(): AstroIntegration {
  let ledger = '';
  return {
    name: 'striving:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        ledger = resolve(fileURLToPath(config.root), process.env.CONTENT_DIR ?? 'content', 'figures.json');
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The offline archive has its own file:// search; Pagefind cannot run there.
        if (process.env['ARCHIVE_PASS'] === '1') return;
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex();
        check('createIndex', errors);
        if (!index) return;
        const added = await index.addDirectory({ path: site });
        check('addDirectory', added.errors);
        const records = figureRecords(site, ledger);
        for (const record of records) check('addCustomRecord', (await index.addCustomRecord(record)).errors);
        check('writeFiles', (await index.writeFiles({ outputPath: join(site, 'pagefind') })).errors);
        logger.info(`indexed ${added.page_count} pages and ${records.length} figures`);
        await close();
      },
    },
  };
}
