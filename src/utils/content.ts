import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/locales';

/** "zh/li-junqi" → "li-junqi": the id both languages share. */
export function baseId(entry: { id: string }): string {
  return entry.id.slice(entry.id.indexOf('/') + 1);
}

/** The sections of one language in article order. */
export async function getSections(lang: Lang): Promise<CollectionEntry<'sections'>[]> {
  const all = await getCollection('sections', (entry) => entry.id.startsWith(`${lang}/`));
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** The stories of one language in article order. */
export async function getStories(lang: Lang): Promise<CollectionEntry<'stories'>[]> {
  const all = await getCollection('stories', (entry) => entry.id.startsWith(`${lang}/`));
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** The figures ledger keyed by id. */
export async function getFigureMap(): Promise<Map<string, CollectionEntry<'figures'>['data']>> {
  const figures = await getCollection('figures');
  return new Map(figures.map((figure) => [figure.id, figure.data]));
}
