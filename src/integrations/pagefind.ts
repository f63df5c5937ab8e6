import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createIndex, close } from 'pagefind';
import { langs, locales } from '../i18n/locales';
import { figurePlaces, preferredPlace } from '../lib/content/places';
import { routePath } from '../lib/paths';
import { figureRecord, type FigureRecord } from '../lib/search-records';
import { getContentIndex } from '../utils/content-index';

/** Pagefind's service answers with an errors array instead of throwing. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step}: ${errors.join('; ')}`);
}

/**
 * One search record per ledger figure and language, read from the content index: it opens
 * the paragraph that prints the figure, in its own section where it is printed there.
 */
export function figureRecords(base: string): FigureRecord[] {
  const index = getContentIndex();
  return langs.flatMap((lang) => {
    const places = figurePlaces(index.files, index.sections, index.stories, lang);
    return index.figures.flatMap((figure) => {
      const place = preferredPlace(places.get(figure.id) ?? [], figure.theme);
      const section = index.frontMatter.get(`sections/${lang}/${figure.theme}`)?.navTitle;
      if (!place || !section) return [];
      const page = `${base.slice(0, -1)}${routePath(lang, place.route)}${place.anchor ? `#${place.anchor}` : ''}`;
      return [figureRecord(figure, lang, page, section, locales[lang].tag.toLowerCase())];
    });
  });
}

/**
 * Runs Pagefind over the built site, so `npm run build` always ships a fresh index.
 * The npm binary is Pagefind's extended build, which segments Chinese (zh-CN pages).
 * The index goes to <outDir>/pagefind/ only, never into the source tree.
 */
export function pagefind(): AstroIntegration {
  let base = '/';
  return {
    name: 'striving:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex();
          check('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: site });
          check('addDirectory', added.errors);
          const records = figureRecords(base);
          for (const record of records) check('addCustomRecord', (await index.addCustomRecord(record)).errors);
          check('writeFiles', (await index.writeFiles({ outputPath: join(site, 'pagefind') })).errors);
          logger.info(`indexed ${added.page_count} pages and ${records.length} figures`);
        } finally {
          await close();
        }
      },
    },
  };
}
