import type { Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { IndexedFile } from './notes';
import { findTerms, type TermForm } from './terms';

/** What the plugin needs from the content index. */
export interface ArticleIndex {
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
 * walking blocks in the same order as the index does (src/lib/content/mdx.ts).
 */
export function remarkArticle(options: { index: () => ArticleIndex }) {
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.at(-1);
    if (!path) return;
    const index = options.index();
    const indexed = index.fileOf(path);
    if (!indexed) return;
    const forms = index.termForms(indexed.lang);
    let n = 0;

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
          n += 1;
          continue;
        }
        if (jsx?.name === 'KeyFigures') {
          jsx.attributes.push(attr('src', indexed.key));
          walkBlocks(jsx);
          continue;
        }
        if (jsx?.name === 'Caption') {
          const block = indexed.blocks[n++];
          jsx.attributes.push(attr('src', indexed.key));
          if (block?.anchor) jsx.attributes.push(attr('anchor', block.anchor));
          continue;
        }
        if (node.type === 'paragraph' || node.type === 'heading') {
          const block = indexed.blocks[n++];
          if (!block?.anchor) continue;
          setId(node, block.anchor);
          if (node.type === 'heading') continue;
          (node as Paragraph).children = [...hooks(node.children, block.anchor, block.terms), paraSwitch(block.anchor)];
          if (block.mentions.length) out.push(notes(block.anchor));
        } else if (node.type === 'list') {
          for (const item of node.children) {
            const block = indexed.blocks[n++];
            if (!block?.anchor) continue;
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
  };
}
