import type { Convert } from '../traditional/convert';
import { landingUrl, placeOf, readHighlight } from './query';
import type { SearchRecord } from './record';

/** The record's place on the twin page, with the words it marks there converted too. */
function hantUrl(url: string, convert: Convert): string {
  const twin = placeOf(url).replace(/^\/zh\//, '/zh-hant/');
  const query = /\?[^#]*/.exec(url)?.[0] ?? '';
  return landingUrl(twin, readHighlight(query).map(convert));
}

/**
 * A 简体 record as the 繁體 edition has it: the same passage on the twin page (/zh/… →
 * /zh-hant/…), every word converted, readers' words included (外送员 → 外送員). The 繁體 pages
 * are converted from the same 简体 pages, so the records are the same records.
 */
export function hantRecord(record: SearchRecord, convert: Convert): SearchRecord {
  const opt = (text: string | undefined) => (text === undefined ? undefined : convert(text));
  return {
    ...record,
    url: hantUrl(record.url, convert),
    title: convert(record.title),
    heading: opt(record.heading),
    section: opt(record.section),
    period: opt(record.period),
    text: convert(record.text),
    signposts: record.signposts.map((s) => ({ ...s, words: s.words.map(convert), focus: opt(s.focus) })),
  };
}
