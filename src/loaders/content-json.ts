import type { Loader } from 'astro/loaders';
import { contentErrorReport } from '../lib/content/json-file';
import { getContentIndex } from '../utils/content-index';

/**
 * Puts one of the content JSON files (figures, charts, glossary, topics) into Astro's store
 * from the content index, the one reader of the content: it parsed the raw file (invalid JSON
 * or a duplicate id fails with the file and line, where Astro's file() loader would keep the
 * last of two entries or build a broken file as empty) and checked every item against the
 * collection's schema in src/schemas. The store receives those validated values unchanged, so
 * collections and the index can never disagree. Any error in the content fails this loader with
 * the whole list (see contentErrorReport).
 */
export function contentJson(name: 'figures' | 'charts' | 'glossary' | 'topics'): Loader {
  return {
    name: `content-json:${name}`,
    load({ store }) {
      const index = getContentIndex();
      const report = contentErrorReport(index.errors);
      if (report) return Promise.reject(new Error(report));
      store.clear();
      for (const item of index[name]) store.set({ id: item.id, data: item as unknown as Record<string, unknown> });
      return Promise.resolve();
    },
  };
}
