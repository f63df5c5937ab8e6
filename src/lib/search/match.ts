/**
 * How well a search query matches a text, the one rule every search on the site ranks by:
 * Pagefind's results online, the offline archive's own index, and the highlight on the page a
 * result opens. Chinese is matched by words, never by stray characters: 快递员 does not match
 * the 员 of 会员 or 动员.
 */

import { normaliseQuery } from './query';

/** A run of Chinese characters (CJK unified ideographs, extension A and compatibility). */
const han = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The terms of a query: numbers with their 万/亿/% (489.4万, 4,894,000, 80%), runs of Chinese
 * characters, and Latin words split at punctuation (Ele.me → ele, me; Tai'an → tai, an).
 */
const termPattern = /\d[\d,.]*(?:[万亿%])?|[\u3400-\u9fff\uf900-\ufaff]+|[\p{L}\p{N}]+/gu;

export type TermKind = 'han' | 'number' | 'word';

export interface QueryTerm {
  text: string;
  kind: TermKind;
  /**
   * For a Chinese run, its words of two or more characters (外卖骑手 → 外卖, 骑手 where the
   * segmenter knows them): when the run itself is not in a text, finding all of these still
   * counts as a word match, and finding fewer as a weak one.
   */
  pieces: string[];
}

export interface Query {
  /** The query as typed, folded, with spaces collapsed: an exact phrase match ranks first. */
  phrase: string;
  terms: QueryTerm[];
}

/** How a term matched: 3 the term itself, 2 all its words (or a reader's word for it), 1 only part of it. */
export type Strength = 0 | 1 | 2 | 3;

/** A match's quality: 0 the exact phrase, 1 every term as a word, 2 only part of the query (shown below a divider). */
export type Tier = 0 | 1 | 2;

/** Lower case and straight apostrophes, character for character, so positions map back to the text. */
export function fold(text: string): string {
  let out = '';
  for (const c of text) {
    const lower = c === '’' || c === '‘' ? "'" : c.toLowerCase();
    out += lower.length === c.length ? lower : c;
  }
  return out;
}

let segmenter: Intl.Segmenter | undefined;

/** A Chinese run's words of two or more characters, by the platform's dictionary segmenter. */
function hanPieces(run: string): string[] {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return [];
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words = [...segmenter.segment(run)].map((s) => s.segment).filter((w) => [...w].length >= 2);
  return words.length === 1 && words[0] === run ? [] : words;
}

/** Reads a query: normalised (full-width ４８９ is 489, quotes around names dropped), folded and split into terms. */
export function parseQuery(raw: string): Query {
  const phrase = fold(normaliseQuery(raw));
  const terms: QueryTerm[] = [];
  for (const [match] of phrase.matchAll(termPattern)) {
    const text = match.replace(/[,.]+$/, '');
    if (!text || terms.some((t) => t.text === text)) continue;
    const kind: TermKind = /^\d/.test(text) ? 'number' : han.test(text) ? 'han' : 'word';
    terms.push({ text, kind, pieces: kind === 'han' ? hanPieces(text) : [] });
  }
  return { phrase, terms };
}

export type Range = readonly [start: number, end: number];

/** Every place a needle occurs in a haystack (both folded). */
export function occurrences(haystack: string, needle: string, accept: (start: number, end: number) => boolean = () => true): Range[] {
  const found: Range[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (accept(at, at + needle.length)) found.push([at, at + needle.length]);
  }
  return found;
}

const wordChar = /[\p{L}\p{N}]/u;
const isWordChar = (text: string, at: number) => at >= 0 && at < text.length && wordChar.test(text[at] ?? '');

/** A number matches where no digit continues it: 489 is not in 1489 or 4890. */
const numberBounded = (text: string) => (start: number, end: number) =>
  !/[\d.,]/.test(text[start - 1] ?? '') && !/\d/.test(text[end] ?? '');

/**
 * A Latin word matches a word of the text that is the same, or its plural (job → jobs), or starts
 * with it when it has four letters or more (union → unions), or is its singular (couriers → courier).
 */
function wordRanges(text: string, word: string): Range[] {
  const singular =
    word.length > 3 && word.endsWith('ies')
      ? `${word.slice(0, -3)}y`
      : word.length > 3 && word.endsWith('s')
        ? word.slice(0, -1)
        : undefined;
  const ranges: Range[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    const start = m.index;
    if (
      w === word ||
      w === singular ||
      (word.length >= 4 && w.startsWith(word)) ||
      (singular && singular.length >= 4 && w.startsWith(singular))
    )
      ranges.push([start, start + (w.startsWith(word) ? word.length : w.length)]);
  }
  return ranges;
}

export interface TermMatch {
  strength: Strength;
  ranges: Range[];
}

/** How one term matches a folded text, and where. */
export function matchTerm(term: QueryTerm, text: string): TermMatch {
  if (term.kind === 'word') {
    const ranges = wordRanges(text, term.text);
    return { strength: ranges.length ? 3 : 0, ranges };
  }
  if (term.kind === 'number') {
    const ranges = occurrences(text, term.text, numberBounded(text));
    return { strength: ranges.length ? 3 : 0, ranges };
  }
  const exact = occurrences(text, term.text);
  if (exact.length) return { strength: 3, ranges: exact };
  const pieces = term.pieces.map((p) => occurrences(text, p));
  if (pieces.length && pieces.every((r) => r.length)) return { strength: 2, ranges: pieces.flat() };
  const some = pieces.some((r) => r.length) || [...term.text].some((c) => text.includes(c));
  return { strength: some ? 1 : 0, ranges: pieces.flat() };
}

/** Where the whole phrase occurs, not inside a longer Latin word at its start. */
export function phraseRanges(query: Query, text: string): Range[] {
  if (query.terms.length === 0) return [];
  const latinStart = wordChar.test(query.phrase[0] ?? '') && !han.test(query.phrase[0] ?? '');
  return occurrences(text, query.phrase, (start) => !latinStart || !isWordChar(text, start - 1) || han.test(text[start - 1] ?? ''));
}
