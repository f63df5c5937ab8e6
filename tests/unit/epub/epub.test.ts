import { unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { epubArticle } from '../../../src/lib/epub/article';
import { packEpub } from '../../../src/lib/epub/package';
import { toXhtml } from '../../../src/lib/epub/xhtml';

describe('XHTML from parsed HTML', () => {
  it('quotes every attribute, closes void elements, and writes entities as XML allows', () => {
    const html = parse('<p hidden class=x data-para>a&amp;b&nbsp;c &lt;d&gt;<br><img src="i.svg" alt=""></p>');
    expect(toXhtml(html)).toBe(
      '<p hidden="hidden" class="x" data-para="data-para">a&amp;b\u00a0c &lt;d&gt;<br/><img src="i.svg" alt=""/></p>',
    );
  });
});

const page = `<html><body><main><article class="full-edition">
<header><p class="text-sm">The full edition</p><h1>Title</h1><p>Org · A, B</p><p class="text-sm print-only">Print</p></header>
<section class="full-section"><h2 id="s1">Part one</h2>
<p id="p1" data-para>Text<sup class="note-ref"><a href="#note-1" id="ref-1">1</a></sup>.<a class="para-switch" href="/zh/full/#p1">阅读本段中文</a></p>
<div class="para-notes"><ol><li id="note-1" value="1"><b>Term</b>: a note. <a href="/en/about/#term">Glossary entry</a></li></ol></div>
<section class="story-inline"><h2 id="story-a">A story</h2><p id="p2" data-para>Story text.</p></section>
<figure data-chart="care" aria-labelledby="care-title"><header class="chart-header"><h3 id="care-title">Finding</h3></header>
<ol><li class="chart-sequence-step"><p>Step one.</p><svg viewBox="0 0 1 1"></svg><span class="sr-only">drawing</span></li></ol>
<details class="chart-data" open><summary>View data</summary><table><tbody><tr><td>1</td></tr></tbody></table></details>
<div data-hosted-only><button>Share</button></div></figure>
<script>alert(1)</script></section>
</article></main></body></html>`;

describe('the EPUB text from the full edition', () => {
  const article = epubArticle(page, {
    siteUrl: 'https://example.org/',
    chartAlt: () => 'A bar chart & its figures',
    chartSrc: (id) => `images/${id}.svg`,
  });
  const book = parse(article.body);

  it('keeps the title, byline and text, and drops what only a web page has', () => {
    expect(article.title).toBe('Title');
    expect(
      book
        .querySelector('header')
        ?.childNodes.map((el) => el.text)
        .filter((t) => t.trim()),
    ).toEqual(['Title', 'Org · A, B']);
    for (const gone of ['script', 'button', '.para-switch', 'svg', '[data-hosted-only]', 'details', 'summary'])
      expect(book.querySelector(gone), gone).toBeNull();
  });

  it('draws each chart as its image with alt text, then its steps and data table', () => {
    const img = book.querySelector('figure img');
    expect(img?.getAttribute('src')).toBe('images/care.svg');
    expect(img?.getAttribute('alt')).toBe('A bar chart & its figures');
    expect(book.querySelector('figure')?.text).toContain('Step one.');
    expect(book.querySelector('figure')?.text).not.toContain('drawing');
    expect(book.querySelector('figure table')).not.toBeNull();
    expect(article.charts).toEqual(['care']);
  });

  it('makes the notes footnotes, and other pages’ links absolute', () => {
    expect(book.querySelector('a[epub\\:type="noteref"]')?.getAttribute('role')).toBe('doc-noteref');
    const note = book.querySelector('aside#note-1');
    expect(note?.getAttribute('epub:type')).toBe('footnote');
    expect(note?.getAttribute('role')).toBe('doc-footnote');
    expect(note?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/en/about/#term');
  });

  it('lists parts and their stories for the table of contents', () => {
    expect(article.toc).toEqual([
      { id: 's1', title: 'Part one', level: 1 },
      { id: 'story-a', title: 'A story', level: 2 },
    ]);
  });

  it('packs mimetype first and uncompressed, and the same bytes every time', () => {
    const book = {
      language: 'en',
      identifier: 'https://example.org/en/full/#1.0.0',
      title: 'Title',
      creators: ['Org', 'A'],
      publisher: 'Site',
      released: '2026-12-07',
      summary: 'S',
      contents: 'Contents',
      css: '',
      chartSvg: () => '<svg xmlns="http://www.w3.org/2000/svg"/>',
    };
    const epub = packEpub(book, article);
    expect(new TextDecoder().decode(epub.slice(30, 38))).toBe('mimetype');
    // Local file header: compression method 0 (stored) at offset 8.
    expect(epub[8]).toBe(0);
    expect(packEpub(book, article)).toEqual(epub);
    const nav = new TextDecoder().decode(unzipSync(epub)['EPUB/nav.xhtml']);
    expect(nav).toContain('<li><a href="text.xhtml#s1">Part one</a><ol><li><a href="text.xhtml#story-a">A story</a></li></ol></li>');
  });
});
