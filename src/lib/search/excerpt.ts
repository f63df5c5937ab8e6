import type { Range } from './match';

/** A piece of an excerpt: text, marked where it matched. Renderers build DOM from these, never HTML. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** How much text an excerpt shows, in characters: Chinese is dense, English needs more. */
const length = { zh: 72, en: 200 } as const;

/**
 * The article's own text around the first match, with every match inside the window marked;
 * the passage's opening when nothing in the text matched (a signpost found it). Latin text is
 * cut at spaces, so no word is split.
 */
export function excerpt(text: string, ranges: readonly Range[], lang: 'zh' | 'en'): ExcerptPart[] {
  const size = length[lang];
  const first = ranges[0];
  let start = first ? Math.max(0, first[0] - Math.floor(size / 3)) : 0;
  let end = Math.min(text.length, start + size);
  if (end - start < size) start = Math.max(0, end - size);
  if (lang === 'en') {
    if (start > 0) start = text.indexOf(' ', start) + 1 || start;
    const space = text.lastIndexOf(' ', end);
    if (end < text.length && space > start) end = space;
  }
  if (first && first[1] > end) end = first[1];
  const parts: ExcerptPart[] = [];
  const push = (from: number, to: number, mark: boolean) => {
    if (to > from) parts.push({ text: text.slice(from, to), mark });
  };
  if (start > 0) parts.push({ text: '…', mark: false });
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= at || s >= end) continue;
    push(at, Math.max(s, at), false);
    push(Math.max(s, at), Math.min(e, end), true);
    at = Math.min(e, end);
  }
  push(at, end, false);
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}

/** The distinct strings the ranges cover: what the page a result opens highlights. */
export function matchedWords(text: string, ranges: readonly Range[]): string[] {
  return [...new Set(ranges.map(([s, e]) => text.slice(s, e).trim()))].filter(Boolean);
}
