import type { Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { codeRefusal, urlRefusal } from './mdx';
import type { IndexedBlock, IndexedFile } from './notes';
import { findTerms, type TermForm } from './terms';

/** What the plugin needs from the content index. */
export interface ArticleIndex {
  /** The content folder the index was read from. */
  contentDir: string;
  /** The indexed file for an MDX path, or undefined for files outside the content folder. */
  fileOf(path: string): IndexedFile | undefined;
  /** How each explained glossary term is written in a language. */
  termForms(lang: string): TermForm[];
}

const attr = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

const isJsx = (node: Nodes | Root): node is MdxJsxFlowElement | MdxJsxTextElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The lone component of a paragraph, as MDX unwraps it (a caption on its own line). */
function lone(node: Nodes): MdxJsxFlowElement | MdxJsxTextElement | undefined {
  if (node.type !== 'paragraph') return undefined;
  const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return kids.length === 1 && kids[0] && isJsx(kids[0]) ? kids[0] : undefined;
}

/**
 * A remark plugin that gives every paragraph, list item and caption of the article its
 * anchor id, tells each <Fig> which paragraph it sits in, marks the first mention of an
 * explained glossary term, and puts a <Notes> slot after each paragraph. What to number and
 * explain is decided by the content index, page by page; this plugin only places the hooks,
 * finding each block by the source line it starts on (Astro blanks the front matter but keeps
 * its lines, so the two parses share positions). A block it cannot place, or a content file the
 * index does not hold (a stale content store compiling another folder's file), fails the build:
 * a page without its anchors and notes must never ship.
 */
export function remarkArticle(options: { index: () => ArticleIndex }) {
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.at(-1);
    if (!path) return;
    const index = options.index();
    const indexed = index.fileOf(path);
    // MDX is read from the content folder only, so every file compiled must be in its index.
    if (!indexed)
      throw new Error(
        `${path}: this MDX file is not in the content index of ${index.contentDir}: MDX belongs in the content folder, and a stale content store can point at another folder's files`,
      );
    // Defence in depth: the index refuses code and unsafe links in content, and so does the
    // compiler's own tree (in `astro dev` a failing loader does not stop an edited file compiling).
    const refuseCode = (node: Root | Nodes) => {
      const line = node.position?.start.line ?? 0;
      const why =
        codeRefusal(node) ??
        ('url' in node ? urlRefusal(node.url) : undefined) ??
        (isJsx(node) && node.attributes.some((a) => a.type !== 'mdxJsxAttribute' || (a.value !== null && typeof a.value !== 'string'))
          ? `<${node.name}>: an attribute is an expression, and content cannot run code`
          : undefined);
      if (why) throw new Error(`${path}:${line}: ${why}`);
      if ('children' in node) for (const child of node.children) refuseCode(child);
    };
    refuseCode(tree);
    const byLine = new Map(indexed.blocks.map((b) => [`${b.kind}:${b.line}`, b]));
    const placed = new Set<IndexedBlock>();
    const blockAt = (kind: IndexedBlock['kind'], node: Nodes): IndexedBlock => {
      const line = node.position?.start.line ?? 0;
      const block = byLine.get(`${kind}:${line}`);
      if (!block)
        throw new Error(`${path}:${line}: the content index holds no ${kind} on this line, so its anchor and notes cannot be placed`);
      placed.add(block);
      return block;
    };
    const forms = index.termForms(indexed.lang);

    const hooks = (children: PhrasingContent[], at: string, terms: readonly string[]) => {
      const wanted = new Set(terms);
      const walk = (nodes: PhrasingContent[]): PhrasingContent[] =>
        nodes.flatMap((node): PhrasingContent[] => {
          if (isJsx(node) && node.name === 'Fig') {
            node.attributes.push(attr('at', at), attr('src', indexed.key));
            return [node];
          }
          if (node.type === 'text' && wanted.size) {
            const hit = findTerms(node.value, forms).find((h) => wanted.has(h.id));
            if (!hit) return [node];
            wanted.delete(hit.id);
            const term: MdxJsxTextElement = {
              type: 'mdxJsxTextElement',
              name: 'Term',
              attributes: [attr('id', hit.id), attr('at', at), attr('src', indexed.key)],
              children: [],
            };
            const rest: Text = { type: 'text', value: node.value.slice(hit.end) };
            return [{ type: 'text', value: node.value.slice(0, hit.end) }, term, ...walk([rest])];
          }
          if ('children' in node) (node as Parent).children = walk((node as Parent).children as PhrasingContent[]);
          return [node];
        });
      return walk(children);
    };
    const paraSwitch = (at: string): MdxJsxTextElement => ({
      type: 'mdxJsxTextElement',
      name: 'ParaSwitch',
      attributes: [attr('at', at), attr('src', indexed.key)],
      children: [],
    });
    const notes = (at: string): MdxJsxFlowElement => ({
      type: 'mdxJsxFlowElement',
      name: 'Notes',
      attributes: [attr('at', at), attr('src', indexed.key)],
      children: [],
    });
    const setId = (node: Nodes, id: string) => {
      node.data = {
        ...node.data,
        hProperties: { ...(node.data as { hProperties?: object } | undefined)?.hProperties, id, 'data-para': '' },
      } as typeof node.data;
    };

    const walkBlocks = (parent: Parent) => {
      const out: RootContent[] = [];
      for (const node of parent.children as RootContent[]) {
        out.push(node);
        const jsx = isJsx(node) ? node : lone(node);
        // Every component learns the file it is in, and so its language: the parallel view
        // prints both languages on one page.
        if (jsx?.name === 'Story' || jsx?.name === 'Chart') {
          jsx.attributes.push(attr('src', indexed.key));
          placed.add(blockAt(jsx.name === 'Story' ? 'story' : 'chart', node));
          continue;
        }
        if (jsx?.name === 'KeyFigures') {
          jsx.attributes.push(attr('src', indexed.key));
          walkBlocks(jsx);
          continue;
        }
        if (jsx?.name === 'Caption') {
          const block = blockAt('caption', node);
          jsx.attributes.push(attr('src', indexed.key));
          if (block?.anchor) jsx.attributes.push(attr('anchor', block.anchor));
          continue;
        }
        if (node.type === 'paragraph' || node.type === 'heading') {
          const block = blockAt(node.type, node);
          if (!block.anchor) continue;
          setId(node, block.anchor);
          if (node.type === 'heading') continue;
          (node as Paragraph).children = [...hooks(node.children, block.anchor, block.terms), paraSwitch(block.anchor)];
          if (block.mentions.length) out.push(notes(block.anchor));
        } else if (node.type === 'list') {
          for (const item of node.children) {
            const block = blockAt('item', item);
            if (!block.anchor) continue;
            setId(item, block.anchor);
            for (const child of item.children)
              if (child.type === 'paragraph')
                child.children = [...hooks(child.children, block.anchor, block.terms), paraSwitch(block.anchor)];
            if (block.mentions.length) item.children.push(notes(block.anchor) as unknown as Paragraph);
          }
        } else if (node.type === 'blockquote' || isJsx(node)) {
          walkBlocks(node as Parent);
        }
      }
      parent.children = out as typeof parent.children;
    };
    walkBlocks(tree);
    const missed = indexed.blocks.find((b) => !placed.has(b));
    if (missed) throw new Error(`${path}:${missed.line}: the content index holds a ${missed.kind} here that the compiled page does not`);
  };
}
