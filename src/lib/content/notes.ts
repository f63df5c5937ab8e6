import type { Block } from './mdx';

/** A block with what the index found in it. */
export interface IndexedBlock extends Block {
  /** The paragraph anchor, shared by both languages; undefined for placed stories and charts. */
  anchor?: string | undefined;
  /** Ledger ids printed in the block, in order, once each. */
  figures: string[];
  /** Glossary ids with an explanation in this language, once each, in the order they occur. */
  terms: string[];
  /** Figures and explained terms in the order the text mentions them (a term once). */
  mentions: Mention[];
  /** Every glossary term the block names, explained or not. */
  glossary: string[];
}

export type Mention = { kind: 'fig'; id: string } | { kind: 'term'; id: string };

/** One MDX file of content/{sections,stories,pages}/<lang>/<id>.mdx, indexed. */
export interface IndexedFile {
  /** "sections/zh/union-reform": folder, language and id. */
  key: string;
  folder: string;
  lang: string;
  id: string;
  blocks: IndexedBlock[];
}

/** The language of a content file's key ("sections/zh/union-reform" → "zh"). */
export function langOfKey(key: string | undefined): 'zh' | 'en' | undefined {
  const lang = key?.split('/')[1];
  return lang === 'zh' || lang === 'en' ? lang : undefined;
}

/**
 * The id of a note or of its marker. A page in one language numbers its notes note-1, note-2…;
 * the parallel view prints both languages, so there they are zh-note-1, en-note-1.
 */
export function noteId(kind: 'note' | 'ref', lang: string, n: number, scoped: boolean): string {
  return scoped ? `${lang}-${kind}-${n}` : `${kind}-${n}`;
}

/** A block as it appears on a page, with the file it comes from. */
export interface PlacedBlock {
  file: string;
  block: IndexedBlock;
}

/**
 * The blocks a page shows, in reading order: a section's own blocks, with each placed
 * <Story> replaced by that story's blocks (the section page prints the story in full).
 */
export function composePage(key: string, files: ReadonlyMap<string, IndexedFile>): PlacedBlock[] {
  const file = files.get(key);
  if (!file) return [];
  return file.blocks.flatMap((block): PlacedBlock[] => {
    if (block.kind !== 'story' || !block.ref) return [{ file: key, block }];
    const storyKey = `stories/${file.lang}/${block.ref}`;
    return [{ file: key, block }, ...(files.get(storyKey)?.blocks ?? []).map((b) => ({ file: storyKey, block: b }))];
  });
}

/** A note printed after a paragraph: a discrepancy in the article's figures, or a term explained. */
export type Note = { n: number; kind: 'conflict'; figure: string; twin: string } | { n: number; kind: 'term'; term: string };

/** Where a note belongs: the file and paragraph anchor. */
export const noteKey = (file: string, anchor: string) => `${file}#${anchor}`;

/** The notes of one page, numbered in reading order, with the marker number of each figure or term. */
export interface PageNotes {
  /** Notes after each paragraph (key: file#anchor). */
  byBlock: Map<string, Note[]>;
  /** file#anchor#fig:<id> or file#anchor#term:<id> → its note number. */
  markers: Map<string, number>;
}

/**
 * Numbers a page's notes: every printed figure the article contradicts gets a note beside the
 * paragraph it is printed in, and every explained glossary term gets one at its first
 * mention on the page only.
 */
export function pageNotes(placed: readonly PlacedBlock[], twinOf: (figure: string) => string | undefined): PageNotes {
  const byBlock = new Map<string, Note[]>();
  const markers = new Map<string, number>();
  const explained = new Set<string>();
  let n = 0;
  for (const { file, block } of placed) {
    if (!block.anchor) continue;
    const key = noteKey(file, block.anchor);
    const notes: Note[] = [];
    // Markers follow the text, so note numbers rise as the reader reads.
    for (const mention of block.mentions) {
      const marker = `${key}#${mention.kind}:${mention.id}`;
      if (markers.has(marker)) continue;
      if (mention.kind === 'fig') {
        const twin = twinOf(mention.id);
        if (!twin) continue;
        notes.push({ n: ++n, kind: 'conflict', figure: mention.id, twin });
      } else {
        if (explained.has(mention.id)) continue;
        explained.add(mention.id);
        notes.push({ n: ++n, kind: 'term', term: mention.id });
      }
      markers.set(marker, n);
    }
    if (notes.length) byBlock.set(key, notes);
  }
  return { byBlock, markers };
}
