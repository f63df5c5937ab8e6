import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { contentErrorReport } from '../lib/content/json-file';
import { getContentIndex } from '../utils/content-index';

/**
 * Loads `<lang>/<id>.mdx` files like Astro's glob loader, then fails the build on any problem
 * the content index found (all of them, whichever loader fails first), such as a page in one language only, the two languages out
 * of step, an unknown figure, story or chart, a component the folder does not allow. Each
 * message names the file and the line, counted from the top of the file.
 */
export function bilingualMdx(contentDir: string, folder: string): Loader {
  const base = join(contentDir, folder);
  const inner = glob({ pattern: '*/*.mdx', base });
  return {
    name: 'bilingual-mdx',
    async load(context) {
      // The index's report comes first: it names every mistake with its file and line, where
      // the glob loader would stop at the first front matter its schema refuses.
      const report = contentErrorReport(getContentIndex(contentDir).errors);
      if (report) throw new Error(report);
      await inner.load(context);
    },
  };
}
