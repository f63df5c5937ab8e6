import type { Block } from './mdx';

/** Blocks that carry a paragraph anchor: everything a reader can link to and read. */
export const anchored = (block: Pick<Block, 'kind'>): boolean => block.kind !== 'story' && block.kind !== 'chart';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The source line (1-based) a block of the Chinese text reproduces. A paragraph the source
 * breaks over several lines for layout (成 / 功牵手) matches the lines joined.
 */
export function sourceLineOf(text: string, sourceLines: readonly string[]): number | undefined {
  const target = squash(text);
  if (!target) return undefined;
  for (let i = 0; i < sourceLines.length; i += 1) {
    let joined = squash(sourceLines[i] ?? '');
    if (!joined || !target.startsWith(joined)) continue;
    for (let j = i + 1; joined.length < target.length && j < sourceLines.length; j += 1) {
      const next = squash(sourceLines[j] ?? '');
      if (next) joined += next;
    }
    if (joined === target) return i + 1;
  }
  return undefined;
}

/**
 * Anchor ids for the blocks of a Chinese file, one per anchored block: `p<line>` after the
 * source line it reproduces, so the same paragraph has the same id on its story page, inside
 * its section, in the full edition, in English and in the parallel view. Blocks that are not
 * from the source (the About page) are numbered within their file (`<prefix>-<n>`).
 */
export function computeAnchors(
  texts: readonly (string | undefined)[],
  sourceLines: readonly string[],
  prefix: string,
): (string | undefined)[] {
  const used = new Set<string>();
  let n = 0;
  return texts.map((text) => {
    if (text === undefined) return undefined;
    n += 1;
    const line = sourceLineOf(text, sourceLines);
    let id = line === undefined ? `${prefix}-${n}` : `p${line}`;
    // The same line twice in one file would make two targets; the second gets a suffix.
    for (let k = 2; used.has(id); k += 1) id = `${line === undefined ? `${prefix}-${n}` : `p${line}`}-${k}`;
    used.add(id);
    return id;
  });
}
