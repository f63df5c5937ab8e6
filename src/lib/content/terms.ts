/** A glossary term as written in one language. */
export interface TermForm {
  id: string;
  text: string;
}

const fold = (text: string) => text.replace(/[’‘]/g, "'").toLowerCase();

/** Latin terms match whole words only, so "Lu" is not found inside "Lunar". */
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char) && !/[\u2E80-\u9FFF]/u.test(char);

/**
 * Where terms occur in a text: longest forms first, and a matched stretch is not searched
 * again, so 省总工会 inside 山东省总工会 counts once, as 山东省总工会. Case and curly
 * apostrophes are ignored, and an English term matches its plural ("model workers"). Returns the occurrences in text order.
 */
export function findTerms(text: string, terms: readonly TermForm[]): { id: string; start: number; end: number }[] {
  const haystack = fold(text);
  const taken = new Array<boolean>(text.length).fill(false);
  const found: { id: string; start: number; end: number }[] = [];
  for (const term of [...terms].sort((a, b) => b.text.length - a.text.length)) {
    const needle = fold(term.text);
    if (!needle) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      let end = at + needle.length;
      if (taken.slice(at, end).some(Boolean)) continue;
      const latin = isWordChar(needle[0]) || isWordChar(needle.at(-1));
      // The glossary gives English terms in the singular; running text often has the plural.
      if (latin) end += /^(es|s)(?![\p{L}\p{N}])/u.exec(haystack.slice(end))?.[0].length ?? 0;
      if (latin && (isWordChar(text[at - 1]) || isWordChar(text[end]))) continue;
      taken.fill(true, at, end);
      found.push({ id: term.id, start: at, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
