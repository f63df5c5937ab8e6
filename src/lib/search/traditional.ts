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
 * A query in simplified characters by a character map: the offline archive's conversion, which
 * has no module loader for OpenCC (pages opened from disk run classic scripts only).
 */
export function simplifyByMap(text: string, map: Readonly<Record<string, string>>): string {
  return [...text].map((c) => map[c] ?? c).join('');
}
