import type { Lang } from '../figures';

/**
 * A worker's own words, where a story opens with them: the text inside the opening “…” of its
 * first paragraph (nested ‘…’ kept). Returns undefined when the story does not open with a quote.
 */
export function openingQuote(text: string): string | undefined {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('“')) return undefined;
  let depth = 0;
  for (let i = 0; i < trimmed.length; i += 1) {
    const c = trimmed[i];
    if (c === '“') depth += 1;
    else if (c === '”') {
      depth -= 1;
      // A quote that runs on into its sentence (“…,” she said) is set as a whole saying.
      if (depth === 0)
        return (
          trimmed
            .slice(1, i)
            .trim()
            .replace(/[,，]$/, '') || undefined
        );
    }
  }
  return undefined;
}

/**
 * Who said it, as each language's desk prints an attribution: Chinese with the two-em dash
 * (破折号, always a pair, set close: ——张军), English with one em dash and a space (— Zhang Jun).
 */
export function attribution(who: string, lang: Lang): string {
  return lang === 'zh' ? `——${who}` : `— ${who}`;
}
