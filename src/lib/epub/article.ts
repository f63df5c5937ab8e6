import { parse, type HTMLElement } from 'node-html-parser';
import { toXhtml } from './xhtml';

/** What the EPUB's text is made of: the full edition's article, prepared for e-readers. */
export interface EpubArticle {
  /** The article as XHTML, to go inside <body>. */
  body: string;
  /** The parts and stories, for the table of contents: an id in the text and its title. */
  toc: { id: string; title: string; level: 1 | 2 }[];
  /** The charts drawn in the text, each an SVG file of its own. */
  charts: string[];
  title: string;
}

export interface EpubArticleOptions {
  /** The hosted site's address, for links to its other pages (/en/about/ → https://…/en/about/). */
  siteUrl: string;
  /** Each chart's whole drawing, its description as alt text. */
  chartAlt: (id: string) => string;
  /** Where the text finds a chart's SVG, relative to it: images/reach.svg. */
  chartSrc: (id: string) => string;
}

/**
 * Turns the full edition (every section, story, chart and note in reading order; built for
 * reading and print) into an EPUB's text. What only works on a web page goes: scripts, the
 * per-paragraph language links, hidden and hosted-only parts. Each chart becomes its whole
 * drawing as an image with its description as alt text, followed by its steps and data table,
 * as in print. Notes become EPUB footnotes that reading systems show in place. Links to other
 * pages of the site point at the hosted site.
 */
export function epubArticle(html: string, options: EpubArticleOptions): EpubArticle {
  const root = parse(html);
  const article = root.querySelector('article.full-edition');
  if (!article) throw new Error('EPUB: the full edition has no <article class="full-edition">');
  for (const el of article.querySelectorAll(
    'script, style, button, [hidden], [data-hosted-only], [data-js-only], .para-switch, .print-only, .no-print',
  ))
    el.remove();
  // The page's kicker ("the full edition") and its note on printing speak of the web page; the
  // title and byline stay.
  for (const el of article.querySelectorAll('header > p.text-sm')) el.remove();

  const charts: string[] = [];
  for (const figure of article.querySelectorAll('figure[data-chart]')) {
    const id = figure.getAttribute('data-chart') ?? '';
    charts.push(id);
    for (const svg of figure.querySelectorAll('svg')) svg.remove();
    // The step drawings' descriptions describe the drawings just removed.
    for (const label of figure.querySelectorAll('.chart-sequence-step .sr-only')) label.remove();
    figure
      .querySelector('.chart-header')
      ?.insertAdjacentHTML('afterend', `<img class="chart-image" src="${options.chartSrc(id)}" alt="" />`);
    figure.querySelector('img.chart-image')?.setAttribute('alt', options.chartAlt(id));
  }
  // Disclosures are opened: a book has no controls.
  for (const details of article.querySelectorAll('details')) {
    const summary = details.querySelector('summary');
    if (summary) summary.replaceWith(`<p class="summary"><b>${summary.innerHTML}</b></p>`);
    details.replaceWith(`<div class="${details.getAttribute('class') ?? ''}">${details.innerHTML}</div>`);
  }
  for (const ref of article.querySelectorAll('sup.note-ref a')) {
    ref.setAttribute('epub:type', 'noteref');
    ref.setAttribute('role', 'doc-noteref');
  }
  for (const notes of article.querySelectorAll('.para-notes')) {
    const asides = notes
      .querySelectorAll('li[id]')
      .map(
        (li) =>
          `<aside epub:type="footnote" role="doc-footnote" class="footnote" id="${li.id}"><p>${li.getAttribute('value') ?? ''}. ${li.innerHTML}</p></aside>`,
      );
    notes.replaceWith(asides.join(''));
  }
  // A story's heading links to its web page; in the book it is a heading.
  for (const link of article.querySelectorAll('section.story-inline h2 a')) link.replaceWith(link.innerHTML);
  for (const link of article.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('/')) link.setAttribute('href', new URL(href, options.siteUrl).toString());
  }
  // Attributes an EPUB 3.2 validator does not know, and ids that no longer point anywhere.
  for (const el of article.querySelectorAll('[aria-labelledby], [loading], [data-pagefind-filter], [data-pagefind-ignore]')) {
    for (const name of ['loading', 'data-pagefind-filter', 'data-pagefind-ignore']) el.removeAttribute(name);
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy && !labelledBy.split(' ').every((id) => article.querySelector(`[id="${id}"]`))) el.removeAttribute('aria-labelledby');
  }

  const toc = article.querySelectorAll('section.full-section').flatMap((section: HTMLElement) => {
    const heading = section.querySelectorAll('h2').find((h) => h.parentNode === section);
    const stories = section.querySelectorAll('section.story-inline h2[id]');
    return [
      ...(heading?.id ? [{ id: heading.id, title: heading.text.trim(), level: 1 as const }] : []),
      ...stories.map((h) => ({ id: h.id, title: h.text.trim(), level: 2 as const })),
    ];
  });
  const title = article.querySelector('h1')?.text.trim() ?? '';
  return { body: article.childNodes.map(toXhtml).join(''), toc, charts, title };
}
