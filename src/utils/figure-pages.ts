import { getCollection } from 'astro:content';
import type { Lang } from '../i18n/locales';
import { extractComponentRefs } from '../lib/content-integrity';
import type { Route } from '../lib/paths';
import { baseId } from './content';

/** For each figure id, the pages of a language whose text prints it, in article order. */
export async function figurePages(lang: Lang): Promise<Map<string, { route: Route; title: string }[]>> {
  const sections = (await getCollection('sections', (e) => e.id.startsWith(`${lang}/`))).sort((a, b) => a.data.order - b.data.order);
  const stories = (await getCollection('stories', (e) => e.id.startsWith(`${lang}/`))).sort((a, b) => a.data.order - b.data.order);
  const pages = [
    ...sections.map((e) => ({ body: e.body ?? '', route: { kind: 'section', id: baseId(e) } as Route, title: e.data.navTitle })),
    ...stories.map((e) => ({ body: e.body ?? '', route: { kind: 'story', id: baseId(e) } as Route, title: e.data.title })),
  ];
  const map = new Map<string, { route: Route; title: string }[]>();
  for (const page of pages) {
    const ids = new Set(extractComponentRefs(page.body).filter((r) => r.component === 'Fig').map((r) => r.id));
    for (const id of ids) map.set(id, [...(map.get(id) ?? []), { route: page.route, title: page.title }]);
  }
  return map;
}
