import { Converter } from 'opencc-js/t2cn';
import { traditionalMap } from '../lib/search/traditional';
import { getContentIndex } from '../utils/content-index';

/**
 * Each traditional character whose simplified form the Chinese text or readers' words use, with
 * that form, by OpenCC's t2cn table: the offline archive converts 繁體 queries with it, having no
 * module loader for OpenCC itself (the hosted site loads opencc-js; src/scripts/search/search.ts).
 */
export function simplifiedOf(): Record<string, string> {
  const index = getContentIndex();
  const words = [...index.glossary.flatMap((g) => g.aliases?.zh ?? []), ...index.searchWords.flatMap((w) => w.zh ?? [])];
  return traditionalMap(`${index.source}${words.join('')}`, Converter({ from: 't', to: 'cn' }));
}
