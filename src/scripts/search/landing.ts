import { fold, occurrences, type Range } from '../../lib/search/match';
import { unsearched } from '../../lib/search/record';
import { highlightParam, readHighlight } from '../../lib/search/query';

/** Every place one of the words occurs in a text (both folded), longest word first where they overlap. */
function wordRanges(text: string, words: readonly string[]): Range[] {
  const ranges: Range[] = [];
  for (const word of [...words].sort((x, y) => y.length - x.length))
    for (const [s, e] of occurrences(text, word)) if (!ranges.some(([rs, re]) => s < re && e > rs)) ranges.push([s, e]);
  return ranges.sort((x, y) => x[0] - y[0]);
}

/**
 * Marks the words a search result matched (?hl=…) in the passage it opened (#p110), or in the
 * page's main text when the link has no anchor, then takes ?hl= out of the address so a copied
 * link stays clean. The words are found across the passage's text nodes, so a phrase that runs
 * over a figure (发展工会会员<span>489.4万</span>人) is marked too.
 */
export function markLanding(doc: Document): void {
  const words = readHighlight(location.search).map(fold);
  if (words.length === 0) return;
  const id = decodeURIComponent(location.hash.slice(1));
  const target = (id ? doc.getElementById(id) : null) ?? doc.querySelector('main');
  if (!target) return;
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(target, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest(unsearched)) nodes.push(node as Text);
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    starts.push(text.length);
    text += node.data;
  }
  const ranges = wordRanges(fold(text), words);
  // From the last range back, so the offsets of those before stay valid.
  for (const [start, end] of ranges.reverse()) {
    for (let i = nodes.length - 1; i >= 0; i -= 1) {
      const node = nodes[i];
      const from = starts[i];
      if (!node || from === undefined) continue;
      const s = Math.max(start, from) - from;
      const e = Math.min(end, from + node.data.length) - from;
      if (e <= s) continue;
      const middle = node.splitText(s);
      middle.splitText(e - s);
      const mark = doc.createElement('mark');
      mark.dataset['searchHit'] = '';
      middle.replaceWith(mark);
      mark.append(middle);
    }
  }
  const url = new URL(location.href);
  url.searchParams.delete(highlightParam);
  history.replaceState(history.state, '', url.href);
}
