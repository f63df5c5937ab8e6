import { fold, matchTerm, occurrences, phraseRanges, type Query, type Range, type Strength, type Tier } from './match';
import { placeOf } from './query';
import type { SearchRecord } from './record';

export interface Ranked<R extends SearchRecord = SearchRecord> {
  record: R;
  tier: Tier;
  score: number;
  /** Where the text shows the match: the phrase, the terms, or the term a signpost stands for. */
  ranges: Range[];
  /** The query's terms found as words (in the text or the reader's words). */
  matched: string[];
}

/** How much a term's length says: one character says little, four say a lot. */
const weight = (text: string) => Math.min([...text].length, 4);

/** Text lengths a passage is measured against: Chinese says in 150 characters what English says in 500. */
const usualLength = (text: string) => (/[\u3400-\u9fff]/.test(text) ? 150 : 500);

/**
 * Matches one record: its text, and its signposts (a reader's words for it). Undefined when the
 * record shares nothing with the query.
 */
export function matchRecord<R extends SearchRecord>(query: Query, record: R): Ranked<R> | undefined {
  if (query.terms.length === 0) return undefined;
  const text = fold(record.text);
  const signposts = record.signposts.map((s) => ({ ...s, words: s.words.map(fold) }));
  // The text and the reader's words together, kept apart by line breaks: a Chinese term whose
  // words are split between them (职工 in the text, 疗养 a reader's word) still counts as words.
  const everything = [text, ...signposts.flatMap((s) => s.words)].join('\n');
  const phrase = phraseRanges(query, text);
  // The whole query is one of the reader's words for this passage (外卖骑手, "gig workers").
  const named = signposts.filter((s) => s.words.includes(query.phrase));
  let score = 0;
  let weakest: Strength = 3;
  let any = false;
  const ranges: Range[] = [...phrase];
  const matched: string[] = [];
  let figureTyped = false;
  for (const term of query.terms) {
    const inText = matchTerm(term, text);
    const matching = named.length ? named : signposts.filter((s) => s.words.some((w) => matchTerm(term, w).strength === 3));
    // A reader's word for this very passage before another name of a term it shares with others.
    const signpost = matching.find((s) => s.scope === 'passage') ?? matching[0];
    const strength = Math.max(inText.strength, signpost ? 2 : 0, Math.min(matchTerm(term, everything).strength, 2)) as Strength;
    any ||= strength > 0;
    if (strength >= 2) matched.push(term.text);
    if (term.kind === 'number' && signpost) figureTyped = true;
    weakest = Math.min(weakest, strength) as Strength;
    // Words of two characters or more that matched are marked, even in a partial match.
    if (inText.ranges.length) ranges.push(...inText.ranges);
    else if (signpost?.focus) ranges.push(...occurrences(text, fold(signpost.focus)));
    // Where the reader's words name the passage, how often the text repeats a word says nothing;
    // nor does it in a chart, whose steps tell one subject by design.
    const count = named.length || record.block === 'chart' ? 1 : Math.min(inText.ranges.length || 1, 3);
    score += strength * weight(term.text) * count;
    if (signpost?.scope === 'passage') score += (4 * weight(term.text)) / (1 + (signpost.rank ?? 0));
  }
  if (!any) return undefined;
  // A figure typed as printed, or by its label, is answered by the figure itself.
  const exactFigure = record.block === 'figure' && named.length > 0;
  const tier: Tier = phrase.length > 0 || exactFigure ? 0 : weakest >= 2 ? 1 : 2;
  if (phrase.length) score += 10 * (record.block === 'chart' ? 1 : Math.min(phrase.length, 3));
  if (named.length) score += exactFigure ? 40 : 8;
  // A passage that says it in few words before a long one that mentions it (as search engines
  // weigh term frequency by length); the passage before a title, heading or chart that names it
  // (their text is short, or sums up several passages), or a topic page that gathers it.
  score *= Math.min(1.25, Math.max(0.75, Math.sqrt(usualLength(text) / Math.max(text.length, 1))));
  if (record.block !== 'paragraph' && record.block !== 'figure') score *= 0.6;
  // A figure's record answers a query that names the figure; for words of its paragraph, the
  // paragraph's own record does.
  if (record.block === 'figure' && !named.length && !figureTyped) score *= 0.5;
  if (record.kind === 'topic') score *= 0.5;
  return { record, tier, score, ranges: merge(ranges), matched };
}

/** Sorted, overlapping ranges merged. */
function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** About and the other pages that are not the article come after the article's passages of the same tier. */
const aside = (m: Ranked) => (m.record.kind === 'page' ? 1 : 0);

export interface RankedResults<R extends SearchRecord> {
  /** Records that match every term as a word, the exact phrase first. */
  best: Ranked<R>[];
  /** Records sharing only part of the query: shown, below a divider, only when nothing better exists. */
  partial: Ranked<R>[];
}

/**
 * Ranks records for a query: exact phrase, then every term as a word, then partial matches;
 * within a tier the article before other pages, then by score, then in the order given (Pagefind's order online, the article's
 * offline). One result per landing place: the first record of each URL.
 */
export function rankRecords<R extends SearchRecord>(query: Query, records: readonly R[]): RankedResults<R> {
  const matched = records
    .map((record, order) => ({ ranked: matchRecord(query, record), order }))
    .filter((m): m is { ranked: Ranked<R>; order: number } => m.ranked !== undefined)
    .sort(
      (a, b) => a.ranked.tier - b.ranked.tier || aside(a.ranked) - aside(b.ranked) || b.ranked.score - a.ranked.score || a.order - b.order,
    )
    .map((m) => m.ranked);
  const seen = new Set<string>();
  const unique = matched.filter((m) => !seen.has(placeOf(m.record.url)) && seen.add(placeOf(m.record.url)));
  const best = unique.filter((m) => m.tier < 2);
  if (best.length) return { best, partial: [] };
  // Nothing has every word: the records with the rarest of them first (a word few passages use,
  // such as "disagree", says more than one most use, such as "jobs"), as inverse document
  // frequency weighs words in search engines.
  const df = new Map<string, number>();
  for (const m of unique) for (const t of m.matched) df.set(t, (df.get(t) ?? 0) + 1);
  const cover = (m: Ranked<R>) => m.matched.reduce((sum, t) => sum + Math.log(1 + unique.length / (df.get(t) ?? 1)), 0);
  return { best, partial: [...unique].sort((a, b) => cover(b) - cover(a)) };
}
