import { NodeType, type HTMLElement, type Node } from 'node-html-parser';

/** The HTML void elements: written self-closed in XHTML. */
const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/**
 * A parsed HTML tree written as well-formed XHTML, as EPUB content documents must be: every
 * attribute quoted (a boolean one as name="name"), void elements self-closed, text escaped
 * with the XML entities only (HTML's &nbsp; and the like are written as characters).
 */
export function toXhtml(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return escapeText(node.text);
  if (node.nodeType !== NodeType.ELEMENT_NODE) return '';
  const element = node as HTMLElement;
  // The parser's root has no tag: only its children are written.
  if (!element.rawTagName) return element.childNodes.map(toXhtml).join('');
  const name = element.rawTagName.toLowerCase();
  const attributes = Object.entries(element.attributes)
    .map(([key, value]) => ` ${key}="${escapeAttr(value === '' && !/^(alt|value|content)$/.test(key) ? key : value)}"`)
    .join('');
  if (voids.has(name)) return `<${name}${attributes}/>`;
  return `<${name}${attributes}>${element.childNodes.map(toXhtml).join('')}</${name}>`;
}
