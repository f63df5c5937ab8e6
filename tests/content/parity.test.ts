import { describe, expect, it } from 'vitest';
import { langPages, readPage } from '../support/site';

describe('every page exists in both languages', () => {
  it('builds the same page paths under /zh/ and /en/', () => {
    const zh = langPages('zh');
    const en = langPages('en');
    console.log(`parity: ${zh.length} Chinese pages, ${en.length} English pages`);
    expect(en).toEqual(zh);
    expect(zh.length).toBeGreaterThanOrEqual(20);
  });

  it('gives every Chinese page lang="zh-CN" and every English page lang="en"', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const file of langPages(lang)) {
        expect(readPage(`${lang}/${file}`).querySelector('html')?.getAttribute('lang'), file).toBe(lang === 'zh' ? 'zh-CN' : 'en');
      }
    }
  });

  it('links each page to its twin with hreflang alternates and x-default', () => {
    for (const file of langPages('zh')) {
      const page = readPage(`zh/${file}`);
      const alternates = page.querySelectorAll('link[rel=alternate][hreflang]').map((l) => l.getAttribute('hreflang'));
      expect(alternates, file).toEqual(expect.arrayContaining(['zh-CN', 'en', 'x-default']));
      const en = page.querySelector('link[hreflang=en]')?.getAttribute('href') ?? '';
      expect(en.endsWith(`/en/${file.replace(/index\.html$/, '')}`), file).toBe(true);
    }
  });

  it('gives every page a unique title and a description', () => {
    const titles = new Map<string, string>();
    for (const lang of ['zh', 'en'] as const) {
      for (const file of langPages(lang)) {
        const page = readPage(`${lang}/${file}`);
        const title = page.querySelector('title')?.textContent ?? '';
        expect(titles.get(title), `${lang}/${file} repeats the title of ${titles.get(title)}`).toBeUndefined();
        titles.set(title, `${lang}/${file}`);
        expect(page.querySelector('meta[name=description]')?.getAttribute('content')?.length ?? 0, file).toBeGreaterThan(10);
      }
    }
  });
});
