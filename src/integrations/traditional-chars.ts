import { Converter } from 'opencc-js/t2cn';
import { conversionMap, traditionalMap } from '../lib/search/traditional';
import { getContentIndex } from '../utils/content-index';
import { toTraditional } from '../utils/traditional';

/**
 * Each traditional character whose simplified form the Chinese text or readers' words use, with
 * that form, by OpenCC's t2cn table: the offline archive converts 繁體 queries with it, having no
 * module loader for OpenCC itself (the hosted site loads opencc-js; src/scripts/search/search.ts).
 */
export function simplifiedOf(): Record<string, string> {
  return traditionalMap(chineseText(), Converter({ from: 't', to: 'cn' }));
}

/**
 * Each simplified character of the Chinese text and readers' words with the 繁體 form the
 * edition prints for it: the 繁體 edition's search converts a simplified query with it, online
 * (zh-hant/search-chars.json, fetched when such a query finds nothing in full) and offline.
 */
export function traditionalOf(): Record<string, string> {
  const text = chineseText();
  return conversionMap(text, toTraditional(text));
}

function chineseText(): string {
  const index = getContentIndex();
  const words = [...index.glossary.flatMap((g) => g.aliases?.zh ?? []), ...index.searchWords.flatMap((w) => w.zh ?? [])];
  return `${index.source}${words.join('')}`;
}
