import { describe, expect, it } from 'vitest';
import ui from '../../src/i18n/en.json';
import { articlePages, langPages, readPage, squash } from '../support/site';

/**
 * Every English page as a reader sees it: note markers (a number after a word) and the hidden
 * list of search words (readers' vocabulary, not the site's prose) are taken out.
 */
const pages = langPages('en').map((file) => {
  const page = readPage(`en/${file}`);
  for (const el of page.querySelectorAll('sup.note-ref, [data-search-words]')) el.remove();
  return { file, page };
});

/** Splits running English into sentences: at . ! ? (and a closing quote) before a capital or the end. */
function sentences(text: string): string[] {
  return squash(text)
    .split(/(?<=[.!?][”’"')]?)\s+(?=[“"‘(]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * What a reader sees of a page: the title and the body's text, without scripts, styles and the
 * code a host copies (the embed snippet is HTML, straight quotes and all).
 */
function visibleText(file: string): string {
  const page = readPage(`en/${file}`);
  for (const el of page.querySelectorAll('script, style, template, code, pre, textarea, [data-search-words]')) el.remove();
  return `${page.querySelector('title')?.textContent ?? ''} ${page.querySelector('body')?.textContent ?? ''}`;
}

const words = (sentence: string) => sentence.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;

describe('the English edition', () => {
  it('has no sentence over 45 words, in any paragraph, caption, list item or note', () => {
    let longest = { n: 0, where: '', sentence: '' };
    const over: string[] = [];
    for (const { file, page } of pages) {
      for (const block of page.querySelectorAll('main p, main li, main figcaption, main blockquote')) {
        if (block.querySelector('p, li')) continue;
        for (const sentence of sentences(block.textContent)) {
          const n = words(sentence);
          if (n > longest.n) longest = { n, where: file, sentence };
          if (n > 45) over.push(`${file} (${n}): ${sentence}`);
        }
      }
    }
    console.log(`longest English sentence: ${longest.n} words (${longest.where}): ${longest.sentence}`);
    expect(over).toEqual([]);
  });

  it('never says "person-times", "the broad ranks" or "the working masses"', () => {
    const found: string[] = [];
    for (const { file, page } of pages) {
      const text = page.querySelector('body')?.textContent ?? '';
      for (const phrase of [
        /person[- ]times/i,
        /broad ranks/i,
        /working masses/i,
        /new[- ]employment[- ]form/i,
        /vivid practice/i,
        /upsurge/i,
      ]) {
        if (phrase.test(text)) found.push(`${file}: ${phrase.source}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("gives the article's headings 5 to 12 words", () => {
    const headings: string[] = [];
    for (const file of articlePages('en')) {
      const page = readPage(`en/${file}`);
      for (const h of page.querySelectorAll('main h1')) {
        // The introduction's heading is the article's own title, the name of the site.
        if (squash(h.textContent) === ui['site.title']) continue;
        const n = words(h.textContent);
        if (n < 5 || n > 12) headings.push(`${file} (${n}): ${squash(h.textContent)}`);
      }
    }
    expect(headings).toEqual([]);
  });

  it('sets every quote and apostrophe curly (’ ‘ ” “), never straight, in what a reader sees', () => {
    const found: string[] = [];
    let curly = 0;
    for (const { file } of pages) {
      const text = visibleText(file).replace(/\s+/g, '');
      curly += (text.match(/[‘’“”]/g) ?? []).length;
      for (const m of text.matchAll(/['"]/g)) found.push(`${file}: …${text.slice(Math.max(0, m.index - 25), m.index + 25)}…`);
    }
    console.log(`English pages: ${curly} curly quotes, ${found.length} straight`);
    expect(found).toEqual([]);
  });

  it('binds each arrow to its words, so → ← ↩ never stand alone on a line', () => {
    const loose: string[] = [];
    for (const { file } of pages)
      for (const m of visibleText(file).matchAll(/.{0,20}(?:[ \t\n]+[→↩]|←[ \t\n]+).{0,20}/g)) loose.push(`${file}: ${m[0]}`);
    expect(loose).toEqual([]);
  });
});
