import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';

// A remark plugin is an attacher called on a processor; this one's transformer reads nothing from it.
const transform = (remarkSmartypants as unknown as () => (tree: Root) => void)();

/**
 * Typographic quotes and apostrophes for text taken from the MDX source, as Astro's Markdown
 * pipeline gives the pages themselves (remark-smartypants, default options): a paragraph
 * quoted on a topic page reads exactly as it does on its own page.
 */
export function smartQuotes(text: string): string {
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
  transform(tree);
  const paragraph = tree.children[0];
  return paragraph?.type === 'paragraph' ? paragraph.children.map((c) => ('value' in c ? c.value : '')).join('') : text;
}
