import { parse, type HTMLElement } from 'node-html-parser';
import { isSearchKind, type SearchKind } from './meta';
import { unsearched, type SearchRecord, type Signpost } from './record';

/** A built page to make search records of. */
export interface RecordPage {
  /** Its path, e.g. "/zh/union-reform/" (or "zh/union-reform/index.html" in the archive). */
  url: string;
  html: string;
  /** A reader's words for a paragraph, by its anchor. */
  signposts: (anchor: string) => Signpost[];
}

/** The text a reader sees, without what search skips (notes, "read in English" links, scripts). */
function visibleText(el: HTMLElement): string {
  const copy = parse(el.outerHTML);
  for (const skip of copy.querySelectorAll(unsearched)) skip.remove();
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

/** "key:value" out of a data-pagefind-* attribute. */
function attrValue(el: HTMLElement | null, attr: string, key: string): string | undefined {
  const value = el?.getAttribute(attr) ?? '';
  return value.startsWith(`${key}:`) ? value.slice(key.length + 1).replace(/\\(.)/g, '$1') : undefined;
}

/**
 * The records of one built page: its title, and each heading, paragraph and chart with an
 * anchor, in reading order, each with the heading it sits under. A story printed inside a
 * section is found on its own story page, so its paragraphs are left out of the section's.
 */
export function pageRecords(page: RecordPage): SearchRecord[] {
  const doc = parse(page.html);
  const main = doc.querySelector('main');
  if (!main) return [];
  const declared = attrValue(main, 'data-pagefind-meta', 'kind');
  const topic = main.querySelector('[data-topic-passage]') !== null;
  const kind: SearchKind = topic ? 'topic' : isSearchKind(declared) ? declared : 'page';
  const section = attrValue(main.querySelector('[data-pagefind-meta^="section:"]'), 'data-pagefind-meta', 'section');
  const h1 = main.querySelector('h1');
  if (!h1) return [];
  const deck = h1.querySelector('.chapter-deck');
  // The opening section's heading is the article's headline, which is also the site's name: its
  // results are titled by the page's own name ("引言") instead, which <title> puts before the site's.
  const [pageName, siteName] = (doc.querySelector('title')?.textContent ?? '').split(' · ');
  const headline = visibleText(h1)
    .replace(deck ? visibleText(deck) : '\u0000', '')
    .trim();
  const title = headline === siteName && pageName ? pageName : headline;
  const base = page.url.split('#')[0] ?? page.url;
  const at = (anchor: string) => `${base}#${anchor}`;
  const records: SearchRecord[] = [];
  const lead = main.querySelector('[data-search-lead]');
  records.push({
    url: base,
    kind,
    block: 'title',
    title,
    section,
    text: [visibleText(h1), lead ? visibleText(lead) : ''].join(' ').trim(),
    signposts: [],
  });
  let heading: string | undefined;
  const skipped = (el: HTMLElement) => el.closest('[data-pagefind-ignore], .story-inline, .chart-sequence, .chart-data, [hidden]') !== null;
  for (const el of main.querySelectorAll('h2[id], h3[id], [data-para][id], figure[data-chart][id]')) {
    if (skipped(el)) continue;
    const id = el.id;
    const tag = el.tagName.toLowerCase();
    if (tag === 'h2' || tag === 'h3') {
      // A chart's title is the chart's, not a heading of the text that follows it.
      if (el.closest('figure')) continue;
      heading = visibleText(el);
      records.push({ url: at(id), kind, block: 'heading', title, heading, section, text: heading, signposts: [] });
    } else if (tag === 'figure') {
      const chartTitle = visibleText(el.querySelector('.chart-title') ?? el);
      const steps = el.querySelectorAll('.scrolly-step > p:not(.step-counter)').map(visibleText).filter(Boolean);
      records.push({
        url: at(id),
        kind: 'chart',
        block: 'chart',
        title,
        heading: chartTitle,
        section,
        text: [chartTitle, ...steps].join(' '),
        signposts: [],
      });
    } else {
      records.push({
        url: at(id),
        kind,
        block: 'paragraph',
        title,
        heading,
        section,
        text: visibleText(el),
        signposts: page.signposts(id),
      });
    }
  }
  return records.filter((r) => r.text.length > 0);
}
