import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { file } from 'astro/loaders';
import { checkLedger, type LedgerFigure } from '../lib/content-integrity';

/** Loads figures.json and fails the build when a figure does not match the source article. */
export function ledger(contentDir: string): Loader {
  const path = join(contentDir, 'figures.json');
  const inner = file(path);
  return {
    name: 'figures-ledger',
    async load(context) {
      await inner.load(context);
      const source = readFileSync(join(contentDir, 'source.txt'), 'utf8');
      const figures = context.store.values().map((entry) => entry.data as unknown as LedgerFigure);
      const errors = checkLedger(figures, source);
      if (errors.length > 0) throw new Error(`${relative(process.cwd(), path)}:\n  ${errors.join('\n  ')}`);
    },
  };
}
