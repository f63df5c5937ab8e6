/**
 * The 繁體 edition's text: the simplified original converted character by character to the
 * Taiwan standard (OpenCC's s2tw: its phrase table only picks among one-to-many characters,
 * 发 → 發 or 髮; no regional vocabulary is rewritten), then a reviewed list of overrides for
 * the places where that choice is wrong in this article.
 */

/** One reviewed correction: where the simplified text has `zh`, the 繁體 text has `hant`. */
export interface Override {
  zh: string;
  hant: string;
}

export type Convert = (simplified: string) => string;

/**
 * A converter from OpenCC's (any text) with the overrides applied at the same places. Every
 * override has as many characters as its simplified text, so it replaces what OpenCC made there.
 */
export function traditionalConverter(opencc: Convert, overrides: readonly Override[]): Convert {
  for (const o of overrides)
    if (o.zh.length !== o.hant.length)
      throw new Error(`traditional override "${o.zh}" → "${o.hant}": the two must have as many characters`);
  // Longest first, so a longer override wins where two overlap.
  const ordered = [...overrides].sort((a, b) => b.zh.length - a.zh.length);
  return (simplified) => {
    const out = opencc(simplified);
    if (ordered.length === 0) return out;
    if (out.length !== simplified.length)
      throw new Error(`OpenCC changed the length of a text beginning “${simplified.slice(0, 20)}”, so the overrides cannot be placed`);
    // Positions in UTF-16 units throughout, as indexOf counts them.
    const chars = out.split('');
    const taken = new Array<boolean>(simplified.length).fill(false);
    for (const o of ordered) {
      for (let at = simplified.indexOf(o.zh); at !== -1; at = simplified.indexOf(o.zh, at + 1)) {
        if (taken.slice(at, at + o.zh.length).some(Boolean)) continue;
        o.hant.split('').forEach((c, i) => {
          chars[at + i] = c;
          taken[at + i] = true;
        });
      }
    }
    return chars.join('');
  };
}

/**
 * Where the 繁體 text, converted back (OpenCC's t2cn), differs from the simplified source: each
 * difference with a little context. An override that changes the round trip must say so.
 */
export function roundTripDifferences(simplified: string, back: string): string[] {
  const a = [...simplified];
  const b = [...back];
  if (a.length !== b.length) return [`lengths differ: ${a.length} and ${b.length} characters`];
  const found: string[] = [];
  for (let i = 0; i < a.length; i += 1)
    if (a[i] !== b[i]) found.push(`${a[i]} came back as ${b[i]} in “${a.slice(Math.max(0, i - 4), i + 5).join('')}”`);
  return found;
}
