/**
 * What a search result is. Pages set it with pagefindPair('kind', …); a chart component
 * marks its <figure> with data-pagefind-filter="kind:chart" so its page is also found as a chart.
 */
export const searchKinds = ['section', 'story', 'topic', 'chart', 'figure', 'page'] as const;

export type SearchKind = (typeof searchKinds)[number];

/** True when a string is one of the search kinds (URL parameters are untrusted). */
export function isSearchKind(value: unknown): value is SearchKind {
  return typeof value === 'string' && (searchKinds as readonly string[]).includes(value);
}

/** Pagefind reads "key:value, key:value"; commas and colons inside a value must be escaped. */
function escapeValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/:/g, '\\:');
}

/** The value of a data-pagefind-filter or data-pagefind-meta attribute for one key. */
export function pagefindPair(key: string, value: string): string {
  return `${key}:${escapeValue(value)}`;
}
