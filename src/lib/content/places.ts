import type { Route } from '../paths';
import { composePage, type IndexedFile } from './notes';
import { partsText } from './mdx';

/** A page that prints a figure, and the paragraph it prints it in. */
export interface FigurePlace {
  route: Route;
  anchor: string | undefined;
}

/**
 * For each figure, the pages of one language that print it, in article order: each section
 * (including the stories it prints in full) and then each story page. This is the one
 * answer to "where does this figure appear?" for the numbers page and the search records.
 */
export function figurePlaces(
  files: ReadonlyMap<string, IndexedFile>,
  sections: readonly string[],
  stories: readonly string[],
  lang: string,
): Map<string, FigurePlace[]> {
  const places = new Map<string, FigurePlace[]>();
  const add = (route: Route, key: string) => {
    const seen = new Set<string>();
    for (const { block } of composePage(key, files)) {
      for (const id of block.figures) {
        if (seen.has(id)) continue;
        seen.add(id);
        places.set(id, [...(places.get(id) ?? []), { route, anchor: block.anchor }]);
      }
    }
  };
  for (const id of sections) add({ kind: 'section', id }, `sections/${lang}/${id}`);
  for (const id of stories) add({ kind: 'story', id }, `stories/${lang}/${id}`);
  return places;
}

/** The page a search result for a figure opens: its own section first, then where it is printed first. */
export function preferredPlace(places: readonly FigurePlace[], theme: string): FigurePlace | undefined {
  return places.find((p) => p.route.kind === 'section' && p.route.id === theme) ?? places[0];
}

/** One heading of the 数说 box with the figures listed under it, item by item. */
export interface BoxGroup {
  heading: string;
  items: { anchor: string | undefined; figures: string[] }[];
}

/** The 数说 / By the numbers box as the article groups it, read from a file's blocks. */
export function boxGroups(file: IndexedFile | undefined): BoxGroup[] {
  const groups: BoxGroup[] = [];
  for (const block of file?.blocks ?? []) {
    if (!block.inBox) continue;
    if (block.kind === 'heading') groups.push({ heading: partsText(block.parts, () => ''), items: [] });
    else if (block.kind === 'item') groups.at(-1)?.items.push({ anchor: block.anchor, figures: block.figures });
  }
  return groups;
}

/** Units that count people: the human-scale figures a group of the box is led by. */
const peopleUnits = new Set(['people', 'person-times']);

/**
 * The figure a group of the 数说 box is led by on the cover: its first count of people (the
 * box's own order) that the main text does not contradict, then its first count of people,
 * then its first figure. A rule, not a pick, so a group is never led by a count of editions or
 * colleges while it reports how many people it reached, nor by a disputed number if it has another.
 */
export function leadFigureOf(
  group: BoxGroup,
  unitOf: (id: string) => string | undefined,
  disputed: (id: string) => boolean = () => false,
): string | undefined {
  const ids = group.items.flatMap((item) => item.figures);
  const people = ids.filter((id) => peopleUnits.has(unitOf(id) ?? ''));
  return people.find((id) => !disputed(id)) ?? people[0] ?? ids[0];
}
