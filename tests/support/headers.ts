import type { HeaderRule } from '../../src/lib/embed/headers';

/** Reads a `_headers` file back into rules, as Netlify and Cloudflare Pages do. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const header = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (header) rules.at(-1)?.headers.push([header[1] ?? '', header[2] ?? '']);
    else rules.push({ pattern: line.trim(), headers: [] });
  }
  return rules;
}

/** The headers a host would send for a URL path: every matching rule, merged as hosts do. */
export function headersForPath(rules: HeaderRule[], path: string): Map<string, string[]> {
  const merged = new Map<string, string[]>();
  for (const rule of rules) {
    const matches = rule.pattern.endsWith('*') ? path.startsWith(rule.pattern.slice(0, -1)) : path === rule.pattern;
    if (!matches) continue;
    for (const [name, value] of rule.headers) merged.set(name.toLowerCase(), [...(merged.get(name.toLowerCase()) ?? []), value]);
  }
  return merged;
}
