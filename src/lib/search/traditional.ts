/**
 * Traditional characters in a query. The site's text is simplified; a reader may type 工會會員.
 * The hosted site converts such a query with OpenCC (opencc-js); the offline archive with this
 * character map, made at build time by the same table.
 */

/**
 * The traditional characters whose simplified form the text uses, each with that form
 * (會 → 会), by the converter given (OpenCC's t2cn).
 */
export function traditionalMap(simplifiedText: string, toSimplified: (text: string) => string): Record<string, string> {
  const used = new Set([...simplifiedText]);
  const map: Record<string, string> = {};
  for (let code = 0x3400; code <= 0x9fff; code += 1) {
    const c = String.fromCodePoint(code);
    const simple = toSimplified(c);
    if (simple !== c && [...simple].every((s) => used.has(s))) map[c] = simple;
  }
  return map;
}

/**
 * A query in the other script by a character map: 繁體 to simplified in the archive, which has
 * no module loader for OpenCC (pages opened from disk run classic scripts only), and simplified
 * to 繁體 in the 繁體 edition (conversionMap).
 */
export function mapChars(text: string, map: Readonly<Record<string, string>>): string {
  return [...text].map((c) => map[c] ?? c).join('');
}

/**
 * Each character of a text that its 繁體 conversion writes differently, with the form it writes
 * most often (会 → 會): the 繁體 edition converts a simplified query with it. The two texts are
 * the same text, character for character.
 */
export function conversionMap(simplified: string, traditional: string): Record<string, string> {
  const from = [...simplified];
  const to = [...traditional];
  if (from.length !== to.length) throw new Error('conversionMap: the two texts must have as many characters');
  const counts = new Map<string, Map<string, number>>();
  from.forEach((c, i) => {
    const t = to[i] ?? c;
    if (t === c) return;
    const seen = counts.get(c) ?? new Map<string, number>();
    seen.set(t, (seen.get(t) ?? 0) + 1);
    counts.set(c, seen);
  });
  return Object.fromEntries([...counts].map(([c, seen]) => [c, [...seen].reduce((best, next) => (next[1] > best[1] ? next : best))[0]]));
}
