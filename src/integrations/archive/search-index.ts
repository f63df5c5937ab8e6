import { safeJson } from '../../lib/safe-json';
import type { SearchRecord } from '../../lib/search/record';

/**
 * A record's URL in the archive: relative to the archive root and naming the file, because
 * pages opened from disk have no server to find index.html ("/zh/union-reform/?hl=…#p110" →
 * "zh/union-reform/index.html?hl=…#p110").
 */
export function archiveUrl(url: string): string {
  const [, path = '', query = '', anchor = ''] = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(url) ?? [];
  return `${path.replace(/^\/+/, '')}${path.endsWith('/') ? 'index.html' : ''}${query}${anchor}`;
}

/** The character maps a query is converted with: into the 简体 edition's script, and into the 繁體 edition's. */
export interface ScriptMaps {
  simplified: Record<string, string>;
  traditional: Record<string, string>;
}

/**
 * The index as a classic script defining a global: over file:// pages cannot fetch JSON,
 * but a <script src> still loads. The records are the ones Pagefind indexes online, by edition;
 * the maps convert a query typed in the other script.
 */
export function formatSearchScript(records: Record<string, SearchRecord[]>, maps: ScriptMaps): string {
  const local = Object.fromEntries(
    Object.entries(records).map(([edition, list]) => [edition, list.map((r) => ({ ...r, url: archiveUrl(r.url) }))]),
  );
  return `window.STRIVING_SEARCH_INDEX = ${safeJson({ records: local, ...maps })};\n`;
}
