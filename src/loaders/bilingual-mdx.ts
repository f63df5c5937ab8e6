import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { extractComponentRefs, findMissingTwins } from '../lib/content-integrity';
import { langs } from '../i18n/locales';

/** What MDX bodies and front matter may refer to, read from the content folder. */
function knownIds(contentDir: string) {
  const figures = JSON.parse(readFileSync(join(contentDir, 'figures.json'), 'utf8')) as { id: string }[];
  const names = (folder: string) =>
    new Set(readdirSync(join(contentDir, folder, 'zh')).map((file) => file.replace(/\.mdx$/, '')));
  const charts = JSON.parse(readFileSync(join(contentDir, 'charts.json'), 'utf8')) as { id: string }[];
  return { Fig: new Set(figures.map((f) => f.id)), Story: names('stories'), Chart: new Set(charts.map((c) => c.id)), sections: names('sections') };
}

/**
 * Loads `<lang>/<id>.mdx` files like Astro's glob loader, then fails the build when a page
 * exists in one language only or refers to an id that does not exist.
 */
export function bilingualMdx(contentDir: string, folder: string): Loader {
  const base = join(contentDir, folder);
  const inner = glob({ pattern: '*/*.mdx', base });
  return {
    name: 'bilingual-mdx',
    async load(context) {
      await inner.load(context);
      const entries = context.store.entries();
      const known = knownIds(contentDir);
      const fileOf = (id: string) => relative(process.cwd(), join(base, `${id}.mdx`));
      const errors = findMissingTwins(entries.map(([id]) => id), langs).map(
        ({ id, missing }) => `${fileOf(id)}: has no counterpart; create ${fileOf(missing)}`,
      );
      for (const [id, entry] of entries) {
        for (const ref of extractComponentRefs(entry.body ?? '')) {
          if (known[ref.component].has(ref.id)) continue;
          errors.push(`${fileOf(id)}:${ref.line}: <${ref.component} id="${ref.id}"> names an unknown ${{ Fig: 'figure', Story: 'story', Chart: 'chart' }[ref.component]}`);
        }
        const data = entry.data as { section?: string; related?: string[] };
        if (data.section !== undefined && !known.sections.has(data.section)) {
          errors.push(`${fileOf(id)}: field "section": unknown section "${data.section}"`);
        }
        for (const fig of data.related ?? []) {
          if (!known.Fig.has(fig)) errors.push(`${fileOf(id)}: field "related": unknown figure "${fig}"`);
        }
      }
      if (errors.length > 0) throw new Error(`Content errors in ${folder}:\n  ${errors.join('\n  ')}`);
    },
  };
}
