import type { Route } from '../paths';
import { partsText } from './mdx';
import { composePage, type IndexedFile } from './notes';

/** A paragraph that concerns a topic, where it is printed and what it says. */
export interface TopicPassage {
  route: Route;
  anchor: string | undefined;
  /** The paragraph's text, figures printed by `figure`. */
  text: string;
  figures: string[];
}

/**
 * Everything the article says about a topic, in reading order: every paragraph whose Chinese
 * (the verbatim source) names one of its terms, in any form (劳模 inside 劳模故事微课 counts),
 * printed in the page's language, on the story's own page when it belongs to a story; with the
 * figures those paragraphs print and the stories they come from. Both languages therefore
 * gather the same paragraphs, however the English renders the term.
 * @param words the topic's terms as the Chinese writes them
 */
export function gatherTopic(
  files: ReadonlyMap<string, IndexedFile>,
  sections: readonly string[],
  lang: string,
  words: readonly string[],
  figure: (id: string) => string,
): { passages: TopicPassage[]; figures: string[]; stories: string[] } {
  const named = new Set<string>();
  for (const section of sections) {
    for (const { block } of composePage(`sections/zh/${section}`, files)) {
      const text = partsText(block.parts, () => '');
      if (block.anchor && words.some((w) => w !== '' && text.includes(w))) named.add(block.anchor);
    }
  }
  const passages: TopicPassage[] = [];
  for (const section of sections) {
    for (const { file, block } of composePage(`sections/${lang}/${section}`, files)) {
      if (!block.anchor || !named.has(block.anchor)) continue;
      const [folder, , id = ''] = file.split('/');
      passages.push({
        route: folder === 'stories' ? { kind: 'story', id } : { kind: 'section', id: section },
        anchor: block.anchor,
        text: partsText(block.parts, figure).trim(),
        figures: block.figures,
      });
    }
  }
  const figures = [...new Set(passages.flatMap((p) => p.figures))];
  const stories = [...new Set(passages.flatMap((p) => (p.route.kind === 'story' ? [p.route.id] : [])))];
  return { passages, figures, stories };
}
