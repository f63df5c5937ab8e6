import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { SearchRecord } from '../../src/lib/search/record';
import { archiveZip } from './archive';

/** One query of the relevance list, with the paragraphs (or charts) that must come first. */
export interface RelevanceQuery {
  lang: 'zh' | 'en';
  q: string;
  expect: string[];
  why: string;
}

/**
 * The relevance list (tests/support/search-relevance.json): queries readers type, each with
 * the passage that answers it, chosen from the source text by a reader who never ran the
 * site's search.
 */
export const relevance = (
  JSON.parse(readFileSync(join(import.meta.dirname, 'search-relevance.json'), 'utf8')) as { queries: RelevanceQuery[] }
).queries;

/** The anchor a result URL opens at ("…/index.html?hl=…#p110" → "p110"); "" for a page's top. */
export const anchorOf = (url: string) => decodeURIComponent(url.split('#')[1] ?? '');

/** The archive's own search index, as the archive's pages load it. */
export function archiveIndex(): { records: Record<string, SearchRecord[]>; simplified: Record<string, string> } {
  const entries = unzipSync(readFileSync(archiveZip()));
  const name = Object.keys(entries).find((p) => p.endsWith('/search-index.js'));
  if (!name) throw new Error('the archive has no search-index.js');
  const script = new TextDecoder().decode(entries[name]);
  const json = script.replace(/^window\.STRIVING_SEARCH_INDEX = /, '').replace(/;\s*$/, '');
  return JSON.parse(json) as ReturnType<typeof archiveIndex>;
}

/**
 * Words of the article for the recall list: every record whose text holds the word must be
 * among Pagefind's results for it. A Pagefind release that segments Chinese differently, and
 * loses matches (Pagefind issue #1237: 1.5.2 found 1 page where 1.4.0 found 7), fails here.
 */
export const recallWords: Record<'zh' | 'en', string[]> = {
  zh: [
    '工匠',
    '驿站',
    '妈妈小屋',
    '劳动争议',
    '枫桥经验',
    '齐鲁工惠',
    '新就业形态',
    '农民工',
    '疗休养',
    '托管班',
    '直播带岗',
    '法律援助',
    '工人文化宫',
    '劳模',
    '技能',
    '维权',
    '帮扶',
    '一函两书',
    '会员',
    '服务阵地',
  ],
  en: [
    'craftsmen',
    'rest stations',
    'disputes',
    'Fengqiao',
    'Qilu Gonghui',
    'migrant',
    'recuperation',
    'childcare',
    'legal aid',
    'model workers',
  ],
};
