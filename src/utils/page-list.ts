import { routePath, type Route } from '../lib/paths';
import { baseId, getSections, getStories } from './content';

/** Every language-specific route of the site, for the sitemap and the tests' page list. */
export async function allRoutes(): Promise<Route[]> {
  const sections = await getSections('zh');
  const stories = await getStories('zh');
  return [
    { kind: 'home' },
    ...sections.map((s): Route => ({ kind: 'section', id: baseId(s) })),
    ...stories.map((s): Route => ({ kind: 'story', id: baseId(s) })),
    { kind: 'page', id: 'numbers' },
    { kind: 'page', id: 'charts' },
    { kind: 'page', id: 'about' },
    { kind: 'page', id: 'search' },
    { kind: 'page', id: 'download' },
    { kind: 'page', id: 'full' },
  ];
}

export { routePath };
