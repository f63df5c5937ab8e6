/** One page in the archive's search index. */
export interface SearchDoc {
  /** Path from the archive root, e.g. "zh/stories/li-junqi/index.html". */
  url: string;
  title: string;
  text: string;
}

/** One hit: the page, its score and a short excerpt around the first match. */
export interface SearchHit {
  doc: SearchDoc;
  score: number;
  excerpt: string;
}

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Splits a query into terms: runs of Chinese characters (Chinese has no spaces, so a run is
 * matched as a substring or by its character pairs) and lower-cased Latin words or numbers.
 */
export function computeTerms(query: string): string[] {
  return [...query.toLowerCase().matchAll(/[\u3400-\u9fff\uf900-\ufaff]+|[\p{L}\p{N}]+/gu)].map((m) => m[0]);
}

/** The overlapping character pairs of a Chinese run: 工会会员 → 工会, 会会, 会员. */
export function computeBigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => `${chars[i]}${c}`);
}

function countOf(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

/** How well one term matches a text: 0 when it does not match at all. */
function scoreTerm(term: string, text: string, words: Set<string>): number {
  if (cjk.test(term)) {
    const exact = countOf(text, term);
    if (exact > 0) return exact * 3;
    // Two thirds of the character pairs present (e.g. two words apart) still counts, weakly.
    const pairs = computeBigrams(term);
    const found = pairs.filter((p) => text.includes(p)).length;
    return pairs.length > 1 && found * 3 >= pairs.length * 2 ? found / pairs.length : 0;
  }
  // English by words: "union" matches "union" and "unions", not "reunion".
  let hits = 0;
  for (const word of words) if (word.startsWith(term)) hits += 1;
  return hits > 0 ? countOf(text, term) || hits : 0;
}

function excerptOf(text: string, terms: string[]): string {
  const at = Math.max(0, Math.min(...terms.map((t) => text.toLowerCase().indexOf(t)).filter((i) => i >= 0)));
  const start = Math.max(0, at - 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, start + 120).trim()}${start + 120 < text.length ? '…' : ''}`;
}

/** Pages matching every term of the query, best first; title matches weigh more. */
export function searchDocs(docs: readonly SearchDoc[], query: string, limit = 20): SearchHit[] {
  const terms = computeTerms(query);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const doc of docs) {
    const text = doc.text.toLowerCase();
    const title = doc.title.toLowerCase();
    const words = new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);
    const titleWords = new Set(title.match(/[\p{L}\p{N}]+/gu) ?? []);
    let score = 0;
    let all = true;
    for (const term of terms) {
      const s = scoreTerm(term, text, words) + 5 * scoreTerm(term, title, titleWords);
      if (s === 0) {
        all = false;
        break;
      }
      score += s;
    }
    if (all) hits.push({ doc, score, excerpt: excerptOf(doc.text, terms) });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
