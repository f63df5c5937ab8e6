import type { Nodes, Root } from 'mdast';
import { fieldPath } from './json-file';
import { smartQuotes } from './smart-quotes';

/**
 * The English edition is set with typographic quotes only: ’ for an apostrophe (workers’,
 * Tai’an), ‘ ’ and “ ” around quotations. The typewriter marks ' (U+0027) and " (U+0022) are
 * refused anywhere in English prose, because nothing downstream curls them: Astro's smartypants
 * reaches only the Markdown body, not front matter, JSON, chart labels or the UI strings.
 * (Markup syntax is not prose: YAML and JSON string delimiters and JSX attribute quotes are
 * never read as text. Nor are a glossary term's search aliases, the words readers type.)
 */
const straight = /['"]/g;

/**
 * Why a piece of English prose is refused, or undefined when it has no straight quote. The
 * message shows the first one in its context and the same words with curly quotes.
 */
export function straightQuoteProblem(text: string): string | undefined {
  const found = [...text.matchAll(straight)];
  const first = found[0];
  if (!first) return undefined;
  const at = first.index;
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 16)) + 1);
  const to = text.indexOf(' ', at + 12) < 0 ? text.length : text.indexOf(' ', at + 12);
  const snippet = text.slice(from, to);
  const shown = `${from > 0 ? '…' : ''}${snippet}${to < text.length ? '…' : ''}`;
  const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
  return `straight quote ${first[0]} in "${shown}"${more}: English text takes ’ for an apostrophe and ‘ ’ or “ ” around a quotation ("${smartQuotes(shown)}")`;
}

/** One string of English prose and where it is: its field path in a JSON item or front matter. */
export interface EnglishString {
  field: string;
  text: string;
}

/**
 * The English strings of a content JSON item: every string under a key "en", at any depth
 * ("en.label", "title.en", "steps[0].en"), and under the other keys a file writes in English
 * (the glossary's "note", printed on the About page). Ids, units and the Chinese are not
 * English prose, and neither are "aliases" (search words as readers type them).
 */
export function englishStrings(
  value: unknown,
  englishKeys: readonly string[] = ['en'],
  path: readonly (string | number)[] = [],
  inEnglish = false,
): EnglishString[] {
  if (typeof value === 'string') return inEnglish ? [{ field: fieldPath(path), text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => englishStrings(v, englishKeys, [...path, i], inEnglish));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) =>
      key === 'aliases' ? [] : englishStrings(v, englishKeys, [...path, key], inEnglish || englishKeys.includes(key)),
    );
  return [];
}

/** Every string of an English page's front matter, all of it English (title, description, who…). */
export function frontMatterStrings(data: unknown): EnglishString[] {
  return englishStrings(data, [], [], true);
}

/**
 * The prose of an MDX body as a reader sees it: every text node (paragraphs, headings, list
 * items, links, emphasis, the children of <Caption>) and every string attribute (the title of
 * <KeyFigures>), with its line. Code spans are code, not prose.
 */
export function mdxProse(tree: Root): { text: string; line: number | undefined; where: string }[] {
  const out: { text: string; line: number | undefined; where: string }[] = [];
  const walk = (node: Root | Nodes) => {
    if (node.type === 'text') out.push({ text: node.value, line: node.position?.start.line, where: 'text' });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      for (const a of node.attributes)
        if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string')
          out.push({ text: a.value, line: a.position?.start.line ?? node.position?.start.line, where: `<${node.name ?? ''} ${a.name}>` });
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return out;
}
