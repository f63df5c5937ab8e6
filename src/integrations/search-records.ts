import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { langs, type Edition, type Lang } from '../i18n/locales';
import { t, type UiKey } from '../i18n/ui';
import { figurePlaces, preferredPlace } from '../lib/content/places';
import { routePath, type Route } from '../lib/paths';
import { figureRecord } from '../lib/search/figure-record';
import { hantRecord } from '../lib/search/hant-record';
import { pageRecords } from '../lib/search/page-records';
import type { SearchRecord, Signpost } from '../lib/search/record';
import { getContentIndex } from '../utils/content-index';
import { toTraditional } from '../utils/traditional';

/**
 * The pages search finds passages on: sections, stories, topic pages and About. The home page,
 * the charts and numbers indexes, the full edition and the 中英对照 views repeat these pages'
 * text, so a result would only be a duplicate (the figures come from the ledger instead).
 */
function searchedRoutes(): Route[] {
  const index = getContentIndex();
  const pages = [...index.files.values()].filter((f) => f.folder === 'pages' && f.lang === 'zh').map((f) => f.id);
  return [
    ...index.sections.map((id): Route => ({ kind: 'section', id })),
    ...index.stories.map((id): Route => ({ kind: 'story', id })),
    ...index.topics.map((topic): Route => ({ kind: 'topic', id: topic.id })),
    ...pages.map((id): Route => ({ kind: 'page', id })),
  ];
}

/** Readers' words for each paragraph of a language: the aliases of the terms it names, and search words that point at it. */
function signpostsOf(lang: Lang): Map<string, Signpost[]> {
  const index = getContentIndex();
  const terms = new Map(index.glossary.map((g) => [g.id, g]));
  const byAnchor = new Map<string, Signpost[]>();
  const add = (anchor: string, signpost: Signpost) => byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), signpost]);
  for (const file of index.files.values()) {
    if (file.lang !== lang) continue;
    for (const block of file.blocks) {
      if (!block.anchor || byAnchor.has(block.anchor)) continue;
      for (const id of block.glossary) {
        const term = terms.get(id);
        const words = term?.aliases?.[lang];
        if (term && words?.length) add(block.anchor, { words, focus: lang === 'zh' ? term.zh : term.en, scope: 'term' });
      }
    }
  }
  for (const entry of index.searchWords) {
    const words = entry[lang];
    if (words) entry.paragraphs.forEach((anchor, rank) => add(anchor, { words, scope: 'passage', rank }));
  }
  return byAnchor;
}

/**
 * Every search record of the built site, by edition: each searched page's title, headings,
 * paragraphs and charts, and each ledger figure; the 繁體 edition's are the 简体 ones converted.
 * URLs start at the site root ("/zh/…"): Pagefind adds the hosting base path (its baseUrl
 * option), the archive makes them relative.
 */
export function buildSearchRecords(site: string): Record<Edition, SearchRecord[]> {
  const records = readSearchRecords(site);
  built = { site, records };
  return records;
}

let built: { site: string; records: Record<Edition, SearchRecord[]> } | undefined;

/**
 * The records this build made for Pagefind (which runs first), for the archive: the pages are
 * parsed once. Made afresh where Pagefind did not run on this output.
 */
export function searchRecordsOf(site: string): Record<Edition, SearchRecord[]> {
  return built?.site === site ? built.records : buildSearchRecords(site);
}

function readSearchRecords(site: string): Record<Edition, SearchRecord[]> {
  const index = getContentIndex();
  const out = {} as Record<Edition, SearchRecord[]>;
  for (const lang of langs) {
    const signposts = signpostsOf(lang);
    const records = searchedRoutes().flatMap((route) => {
      const path = routePath(lang, route);
      const file = join(site, path, 'index.html');
      if (!existsSync(file)) throw new Error(`search records: ${file} was not built`);
      return pageRecords({ url: path, html: readFileSync(file, 'utf8'), signposts: (anchor) => signposts.get(anchor) ?? [] });
    });
    const byAnchor = new Map<string, SearchRecord>();
    for (const r of records) {
      const anchor = r.url.split('#')[1];
      if (anchor && r.block === 'paragraph' && !byAnchor.has(anchor)) byAnchor.set(anchor, r);
    }
    const places = figurePlaces(index.files, index.sections, index.stories, lang);
    const figures = index.figures.flatMap((figure) => {
      const place = preferredPlace(places.get(figure.id) ?? [], figure.theme);
      const paragraph = place?.anchor ? byAnchor.get(place.anchor) : undefined;
      const section = index.frontMatter.get(`sections/${lang}/${figure.theme}`)?.navTitle;
      if (!paragraph || !section) return [];
      const period = t(lang, `chart.period.${figure.period}` as UiKey);
      return [figureRecord(figure, lang, { url: paragraph.url, text: paragraph.text, section, heading: paragraph.heading }, period)];
    });
    out[lang] = [...records, ...figures];
  }
  out['zh-hant'] = out.zh.map((r) => hantRecord(r, toTraditional));
  return out;
}
