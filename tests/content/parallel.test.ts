import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { articlePages, readPage, squash } from '../support/site';

/** Section and story pages (not their parallel views). */
const pages = articlePages('zh');

/** A paragraph's text as a reader sees it, without the note markers after words. */
function text(el: HTMLElement): string {
  const copy = el.clone() as HTMLElement;
  for (const sup of copy.querySelectorAll('sup.note-ref')) sup.remove();
  return squash(copy.textContent);
}

const paragraphs = (page: HTMLElement) => new Map(page.querySelectorAll('main [data-para][id]').map((p) => [p.id, text(p)]));

describe.each(['zh', 'en'] as const)('the parallel view, opened from %s', (lang) => {
  it.each(pages)('sets %s paragraph beside paragraph, with the same anchors as both pages', (file) => {
    const zh = paragraphs(readPage(`zh/${file}`));
    const en = paragraphs(readPage(`en/${file}`));
    const view = readPage(`${lang}/${file.replace(/index\.html$/, 'parallel/index.html')}`);
    expect([...zh.keys()]).toEqual([...en.keys()]);
    const rows = view.querySelectorAll('.parallel-row[id^="p"]');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id)).toEqual([...zh.keys()]);
    for (const row of rows) {
      // Built from the same MDX: each cell is that language's paragraph, word for word.
      const cell = (tag: string) => row.querySelector(`.parallel-cell[lang="${tag}"]`);
      expect(text(cell('zh-CN') ?? row).includes(zh.get(row.id) ?? '\u0000'), `${file} #${row.id} zh`).toBe(true);
      expect(text(cell('en') ?? row).includes(en.get(row.id) ?? '\u0000'), `${file} #${row.id} en`).toBe(true);
    }
    // Not a second copy for search engines: noindex, and canonical to the page itself.
    expect(view.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(view.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(
      new RegExp(`/${lang}/${file.replace(/index\.html$/, '')}$`),
    );
  });
});
