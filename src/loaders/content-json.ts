import type { Loader } from 'astro/loaders';
import { contentErrorReport } from '../lib/content/json-file';
import { getContentIndex } from '../utils/content-index';

/**
 * Loads one of the content JSON files (figures, charts, glossary) from the content index,
 * which parsed the raw file: invalid JSON, a duplicate id or a reference to something that
 * does not exist fails the build with the file and line, before any entry is stored. (Astro's
 * file() loader would keep the last of two entries with one id, and build a broken file as
 * empty.) Any error in the content fails this loader with the whole list (see contentErrorReport).
 * Each entry is then checked against the collection's schema.
 */
export function contentJson(name: 'figures' | 'charts' | 'glossary' | 'topics'): Loader {
  return {
    name: `content-json:${name}`,
    async load({ store, parseData }) {
      const index = getContentIndex();
      const report = contentErrorReport(index.errors);
      if (report) throw new Error(report);
      const items = { figures: index.figures, charts: index.charts, glossary: index.glossary, topics: index.topics }[name];
      store.clear();
      for (const item of items as { id: string }[]) {
        const data = await parseData({ id: item.id, data: item as unknown as Record<string, unknown> });
        store.set({ id: item.id, data });
      }
    },
  };
}
