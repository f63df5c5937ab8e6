import { getCollection } from 'astro:content';
import type { Route } from '../lib/paths';
import { sitePages } from '../site';
import { baseId, getSections, getStories } from './content';
import { getChartSpecs } from './charts';

/** Every language-specific route listed in the sitemap, from src/site.ts and the content. */
export async function allRoutes(): Promise<Route[]> {
  const sections = await getSections('zh');
  const stories = await getStories('zh');
  const topics = await getCollection('topics');
  const charts = await getChartSpecs();
  return [
    { kind: 'home' },
    ...sections.map((s): Route => ({ kind: 'section', id: baseId(s) })),
    ...stories.map((s): Route => ({ kind: 'story', id: baseId(s) })),
    ...topics.map((t): Route => ({ kind: 'topic', id: t.data.id })),
    ...charts.map((c): Route => ({ kind: 'chart', id: c.id })),
    ...sitePages
      .filter((p) => p.indexed || p.id === 'search' || p.id === 'download' || p.id === 'full')
      .map((p): Route => ({ kind: 'page', id: p.id })),
  ];
}
