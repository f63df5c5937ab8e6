// The 繁體 edition against the built site: every 简体 file has its converted twin, the text
// converts back to the source exactly, nothing simplified is left, the page says what it is and
// names its twins, and the archive carries all three editions within its size.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Converter as toSimplified } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { roundTripDifferences } from '../../src/lib/traditional/convert';
import { toTraditional } from '../../src/utils/traditional';
import { archiveZip } from '../support/archive';
import { distDir, distFiles, readPage, root, source } from '../support/site';

// Back from the Taiwan standard the edition is written in (OpenCC's tw2s: 著 in 圍著 is 着).
const t2cn = toSimplified({ from: 'tw', to: 'cn' });
const overrides = JSON.parse(readFileSync(join(root, 'content', 'traditional.json'), 'utf8')) as {
  zh: string;
  hant: string;
}[];
const zhFiles = distFiles(join(distDir, 'zh'), join(distDir, 'zh')).map((f) => f.split('\\').join('/'));
const twin = (file: string) => file.replace(/-zh\.(png|svg)$/, '-zh-hant.$1');
const han = /[\u3400-\u9fff]/g;

/** Text a reader sees or a machine reads: executable scripts and styles dropped. */
const readable = (html: string) =>
  html
    .replace(/<script\b(?![^>]*application\/(?:ld\+)?json)[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    // What is kept in its own script on purpose: the edition switch's 简, the Embed panel's and the EPUB list's 简体中文.
    .replace(/<(a|option|span)\b[^>]*data-keep-script[^>]*>[^<]*<\/\1>/g, '');

describe('the 繁體 edition', () => {
  it('has a twin for every file of the 简体 edition', () => {
    expect(zhFiles.length).toBeGreaterThan(60);
    const missing = zhFiles.filter((f) => {
      try {
        return !statSync(join(distDir, 'zh-hant', twin(f))).isFile();
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });

  it('converts every sentence of the source so that it converts back exactly (OpenCC t2cn)', () => {
    const sentences = source.split(/(?<=[。！？\n])/).filter((s) => s.trim());
    expect(sentences.length).toBeGreaterThan(100);
    const problems = sentences.flatMap((s) => roundTripDifferences(s, t2cn(toTraditional(s))));
    expect(problems).toEqual([]);
    // The overrides that correct the article convert back too. (Those for interface strings may
    // not: 粘贴 → 黏貼, the Taiwan form, comes back as 黏贴.)
    for (const o of overrides.filter((o) => source.includes(o.zh))) expect(t2cn(o.hant), o.zh).toBe(o.zh);
  });

  it('prints each paragraph as the conversion of the 简体 paragraph, which converts back to it', () => {
    let paragraphs = 0;
    const problems: string[] = [];
    for (const file of zhFiles.filter((f) => f.endsWith('.html'))) {
      const zh = readPage(`zh/${file}`).querySelectorAll('[data-para]');
      const hant = readPage(`zh-hant/${file}`).querySelectorAll('[data-para]');
      if (zh.length !== hant.length) problems.push(`${file}: ${zh.length} paragraphs in 简体, ${hant.length} in 繁體`);
      zh.forEach((p, i) => {
        paragraphs += 1;
        const text = hant[i]?.textContent ?? '';
        if (text !== toTraditional(p.textContent)) problems.push(`${file} #${p.id}: not the conversion of the 简体 paragraph`);
        problems.push(...roundTripDifferences(p.textContent, t2cn(text)).map((d) => `${file} #${p.id}: ${d}`));
      });
    }
    expect(paragraphs).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });

  it('leaves no simplified character in any page, data block, oEmbed or SVG, and prints figures in 萬 and 億', () => {
    const problems: string[] = [];
    for (const file of zhFiles.filter((f) => /\.(html|json|svg)$/.test(f))) {
      const zh = readable(readFileSync(join(distDir, 'zh', file), 'utf8'));
      const hant = readable(readFileSync(join(distDir, 'zh-hant', twin(file)), 'utf8'));
      // A character is left simplified when converting it changes it and no conversion of this
      // page's text writes it (萬里 keeps 里, though 里 alone would become 裡).
      const written = new Set(toTraditional((zh.match(han) ?? []).join('')) + (zh.match(/[^\s]+/g) ?? []).map(toTraditional).join(''));
      const left = [...new Set(hant.match(han) ?? [])].filter((c) => toTraditional(c) !== c && !written.has(c));
      if (left.length) problems.push(`${file}: ${left.join('')}`);
    }
    expect(problems).toEqual([]);
    const numbers = readFileSync(join(distDir, 'zh-hant', 'numbers', 'index.html'), 'utf8');
    for (const figure of ['489.4萬', '3.5萬餘', '1100餘萬']) expect(numbers).toContain(figure);
    expect(readable(numbers)).not.toMatch(/[万亿余]/);
  });

  it('says on every page that it is converted, links to the original, and names its twins in all three editions', () => {
    const problems: string[] = [];
    for (const file of zhFiles.filter((f) => f.endsWith('.html'))) {
      const page = readPage(`zh-hant/${file}`);
      const path = `/${file.replace(/index\.html$/, '')}`;
      if (page.querySelector('html')?.getAttribute('lang') !== 'zh-Hant') problems.push(`${file}: lang is not zh-Hant`);
      const notice = page.querySelectorAll('[data-edition-link="zh"]').find((a) => a.tagName === 'A' && /簡體原文/.test(a.textContent));
      if (!notice || !/本頁由簡體中文原文逐字轉換為繁體字/.test(notice.parentNode.textContent))
        problems.push(`${file}: no line saying it is converted`);
      else if (!notice.getAttribute('href')?.startsWith('/zh/')) problems.push(`${file}: the line does not link to the original`);
      if (page.querySelector('[data-hant-only], [hidden][data-hant-only]')) problems.push(`${file}: a 繁體-only part is still hidden`);
      const alternates = Object.fromEntries(
        page
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href') ?? '').pathname]),
      );
      for (const [tag, prefix] of [
        ['zh-CN', '/zh'],
        ['zh-Hant', '/zh-hant'],
        ['en', '/en'],
      ] as const)
        if (alternates[tag] !== `${prefix}${path}`) problems.push(`${file}: hreflang ${tag} is ${alternates[tag]}`);
      if (
        page.querySelector('link[rel="canonical"]') &&
        !page.querySelector('link[rel="canonical"]')?.getAttribute('href')?.includes('/zh-hant/')
      )
        problems.push(`${file}: canonical is not the 繁體 page`);
    }
    expect(problems).toEqual([]);
  });

  it('is in the sitemap with its twins', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toMatch(/<loc>[^<]*\/zh-hant\/stories\/li-junqi\/<\/loc><xhtml:link rel="alternate" hreflang="zh-CN"/);
    expect(sitemap.match(/<loc>[^<]*\/zh-hant\//g)?.length).toBe(sitemap.match(/<loc>[^<]*\/zh\//g)?.length);
  });

  it('is carried by the archive, which stays under 2 MiB', () => {
    expect(statSync(archiveZip()).size).toBeLessThan(2 * 1024 * 1024);
  });
});
