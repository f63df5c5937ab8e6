/**
 * The two characters the chart code writes itself, in formatted numbers (36.13万, 11.3亿), in
 * their 繁體 forms. Everything else a chart prints comes from its model, which the 繁體 pages
 * carry converted; the client draws ticks and values with the shared renderer, so on a 繁體
 * page its output needs only these.
 */
const numerals: Record<string, string> = { 万: '萬', 亿: '億' };

export function hantNumerals(markup: string): string {
  return markup.replace(/[万亿]/g, (c) => numerals[c] ?? c);
}
