import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { authorComponents, type AuthorComponent } from './components';
import type { ContentError } from './json-file';

/** A piece of a block's text: words, or a ledger figure printed by <Fig>. */
export type TextPart = string | { fig: string };

/**
 * One unit of reading: a paragraph, a heading, a list item of the 数说 box, a photo caption,
 * or a placed story or chart. Paragraph anchors, footnotes, the parallel view and search all
 * work on these.
 */
export interface Block {
  kind: 'paragraph' | 'heading' | 'item' | 'caption' | 'story' | 'chart';
  /** 1-based line in the file (front matter included). */
  line: number;
  /** The text with figures kept as references (empty for stories and charts). */
  parts: TextPart[];
  /** The id of a placed <Story> or <Chart>. */
  ref?: string | undefined;
  /** True inside <KeyFigures> (the 数说 box). */
  inBox: boolean;
}

export type MdxJsx = MdxJsxFlowElement | MdxJsxTextElement;

/** A component written in the file, where it was written, and its attributes. */
export interface ComponentUse {
  name: string;
  attributes: Record<string, string | undefined>;
  line: number;
  column: number;
}

/** The front matter and the body of an MDX file, and the line the body starts on. */
export function splitFrontMatter(text: string): { frontMatter: string; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { frontMatter: '', body: text, bodyLine: 1 };
  return { frontMatter: match[1] ?? '', body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/**
 * Parses an MDX file's body as Astro's compiler does (MDX with GitHub-flavoured Markdown, which
 * Astro turns on by default: footnotes, tables, autolinks), so what is checked here is what is
 * compiled. Positions count lines from the top of the file.
 */
export function parseMdx(text: string): Root {
  const { body, bodyLine } = splitFrontMatter(text);
  const tree = fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
  const shift = bodyLine - 1;
  const visit = (node: Root | Nodes) => {
    if (node.position) {
      node.position.start.line += shift;
      node.position.end.line += shift;
    }
    if ('attributes' in node)
      for (const a of node.attributes)
        if (a.position) {
          a.position.start.line += shift;
          a.position.end.line += shift;
        }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return tree;
}

const isJsx = (node: Nodes | Root): node is MdxJsx => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A JSX element's string attributes; an expression value (`id={x}`) is reported, not evaluated. */
function attributesOf(node: MdxJsx, file: string, errors: ContentError[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const attr of node.attributes) {
    const line = attr.position?.start.line ?? node.position?.start.line;
    if (attr.type !== 'mdxJsxAttribute') {
      errors.push({ file, line, message: `<${node.name}>: spread attributes are not allowed` });
      continue;
    }
    const allowed = authorComponents[node.name as AuthorComponent] as string | undefined;
    // Only the one attribute each component takes: the others (headingLevel, src, at, anchor)
    // are the site's own, and an author-set value could reach the markup unchecked.
    if (node.name && node.name in authorComponents && attr.name !== allowed) {
      errors.push({
        file,
        line,
        message: `<${node.name}>: attribute "${attr.name}" is not allowed (${allowed ? `only ${allowed}` : 'it takes none'})`,
      });
      continue;
    }
    if (typeof attr.value === 'string') out[attr.name] = attr.value;
    else errors.push({ file, line, message: `<${node.name}>: attribute "${attr.name}" must be a quoted string` });
  }
  return out;
}

/**
 * Why a node is code, or undefined. MDX runs `import`/`export` statements and `{expressions}`
 * at build time with the build's full rights (files, network, environment), so content may
 * hold neither: the allow-listed components with quoted attributes are all it can write.
 */
export function codeRefusal(node: Root | Nodes): string | undefined {
  if (node.type === 'mdxjsEsm')
    return 'import and export statements are code, and content cannot run code: remove this line (components need no import)';
  if (node.type === 'image' || node.type === 'imageReference')
    return "images are not part of this edition (the article's photos are not available; <Caption> carries a caption), and an image path is compiled as an import";
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
    return `{${node.value.trim().slice(0, 40)}} is an expression, and content cannot run code: write the text itself, or a figure as <Fig id="…" /> (to print braces, escape them: \\{ \\})`;
  return undefined;
}

/** Link targets a reader can follow: the web, mail, and this site (relative paths and #anchors). */
export function urlRefusal(url: string): string | undefined {
  // Browsers ignore tabs, newlines and leading controls inside a scheme ("java\tscript:").
  const plain = [...url].filter((c) => (c.codePointAt(0) ?? 0) > 0x20 && c !== '\u007f').join('');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(plain)?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto') return undefined;
  return `link to "${url.slice(0, 60)}": only http:, https:, mailto:, #anchors and site paths may be linked`;
}

/** The text of inline content, with every <Fig> kept as a figure reference. */
export function textParts(nodes: readonly (PhrasingContent | Nodes)[]): TextPart[] {
  const parts: TextPart[] = [];
  const push = (part: TextPart) => {
    const last = parts.at(-1);
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else parts.push(part);
  };
  const walk = (node: PhrasingContent | Nodes) => {
    if (node.type === 'text' || node.type === 'inlineCode') push(node.value);
    else if (node.type === 'break') push('\n');
    else if (isJsx(node) && node.name === 'Fig') {
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      push({ fig: typeof id === 'string' ? id : '' });
    } else if ('children' in node) for (const child of node.children as (PhrasingContent | Nodes)[]) walk(child);
  };
  nodes.forEach(walk);
  return parts;
}

/** The plain text of parts, with each figure printed by `figure`. */
export function partsText(parts: readonly TextPart[], figure: (id: string) => string): string {
  return parts.map((p) => (typeof p === 'string' ? p : figure(p.fig))).join('');
}

export interface MdxIndex {
  blocks: Block[];
  components: ComponentUse[];
  errors: ContentError[];
}

/**
 * Reads one MDX file into its blocks and the components it uses. Unknown components, a
 * component a folder does not allow, and missing or non-string ids are errors that name
 * the file, line and attribute.
 */
export function indexMdx(
  text: string,
  file: string,
  allowed: ReadonlySet<string>,
  reasons: Readonly<Partial<Record<string, string>>> = {},
): MdxIndex {
  const errors: ContentError[] = [];
  const components: ComponentUse[] = [];
  const blocks: Block[] = [];
  let tree: Root;
  try {
    tree = parseMdx(text);
  } catch (error) {
    // micromark reports a place, or only "(line:column-…)" inside its message.
    const message = (error as Error).message;
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
    const inMessage = /\((\d+):(\d+)-/.exec(message);
    const line = place?.line ?? place?.start?.line ?? (inMessage ? Number(inMessage[1]) : undefined);
    const column = place?.column ?? place?.start?.column ?? (inMessage ? Number(inMessage[2]) : undefined);
    errors.push({
      file,
      line: line === undefined ? undefined : line + splitFrontMatter(text).bodyLine - 1,
      column,
      message: `MDX syntax: ${message}`,
    });
    return { blocks, components, errors };
  }

  const record = (node: MdxJsx) => {
    const line = node.position?.start.line ?? 0;
    const column = node.position?.start.column ?? 0;
    const name = node.name ?? '';
    const attributes = attributesOf(node, file, errors);
    components.push({ name, attributes, line, column });
    if (!allowed.has(name)) {
      errors.push({
        file,
        line,
        column,
        message: `<${name}> ${reasons[name] ?? (name in authorComponents ? 'is not allowed here' : 'is not a known component')} (allowed: ${[...allowed].map((c) => `<${c}>`).join(', ')})`,
      });
      return;
    }
    const required = authorComponents[name as AuthorComponent];
    if (required && !attributes[required]) errors.push({ file, line, column, message: `<${name}>: attribute "${required}" is missing` });
  };
  const walkAll = (node: Root | Nodes) => {
    if (isJsx(node)) record(node);
    const code = codeRefusal(node);
    if (code) errors.push({ file, line: node.position?.start.line, column: node.position?.start.column, message: code });
    if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      const refusal = urlRefusal(node.url);
      if (refusal) errors.push({ file, line: node.position?.start.line, column: node.position?.start.column, message: refusal });
    }
    if ('children' in node) for (const child of node.children) walkAll(child);
  };
  walkAll(tree);

  const line = (node: Nodes) => node.position?.start.line ?? 0;
  const only = (node: Nodes): MdxJsx | undefined => {
    if (node.type !== 'paragraph') return undefined;
    const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    return kids.length === 1 && kids[0] && isJsx(kids[0]) ? kids[0] : undefined;
  };
  const walkBlocks = (nodes: readonly RootContent[], inBox: boolean) => {
    for (const node of nodes) {
      const jsx = isJsx(node) ? node : only(node);
      if (jsx?.name === 'Story' || jsx?.name === 'Chart') {
        const id = jsx.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
        blocks.push({
          kind: jsx.name === 'Story' ? 'story' : 'chart',
          line: line(node),
          parts: [],
          ref: typeof id === 'string' ? id : undefined,
          inBox,
        });
      } else if (jsx?.name === 'Caption') {
        blocks.push({ kind: 'caption', line: line(node), parts: textParts(jsx.children), inBox });
      } else if (jsx?.name === 'KeyFigures') {
        walkBlocks(jsx.children as RootContent[], true);
      } else if (node.type === 'paragraph') {
        blocks.push({ kind: 'paragraph', line: line(node), parts: textParts(node.children), inBox });
      } else if (node.type === 'heading') {
        blocks.push({ kind: 'heading', line: line(node), parts: textParts(node.children), inBox });
      } else if (node.type === 'list') {
        for (const item of node.children) blocks.push({ kind: 'item', line: line(item), parts: textParts(item.children), inBox });
      } else if (node.type === 'blockquote' || isJsx(node)) {
        walkBlocks((node as Parent).children as RootContent[], inBox);
      }
    }
  };
  walkBlocks(tree.children, false);
  return { blocks, components, errors };
}
