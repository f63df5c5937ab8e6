// Byte budgets for every built page, in gzip bytes as a reader downloads them. Timings are
// left to the benchmarks; bytes are deterministic, so they can fail a build.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kib, pageWeight } from '../../scripts/asset-weight.mjs';
import { distDir, distFiles, htmlFiles } from '../support/site';

const KiB = 1024;
const budgets = { chartJs: 60 * KiB, otherJs: 10 * KiB, total: 120 * KiB };

const pages = htmlFiles()
  .filter((file) => file.endsWith('index.html'))
  .map((file) => {
    const url = `/${dirname(file) === '.' ? '' : `${dirname(file)}/`}`;
    const html = readFileSync(join(distDir, file), 'utf8');
    return { url, charts: (html.match(/data-chart="/g) ?? []).length, ...pageWeight(distDir, url) };
  });

describe('byte budgets (gzip)', () => {
  it('weighs every page of the site', () => {
    expect(pages.length).toBeGreaterThan(60);
    const heaviest = [...pages].sort((a, b) => b.html + b.css + b.js - (a.html + a.css + a.js))[0]!;
    const heaviestJs = [...pages].sort((a, b) => b.js - a.js)[0]!;
    console.log(
      `budgets: ${pages.length} pages; heaviest ${heaviest.url} ${kib(heaviest.html + heaviest.css + heaviest.js)}; most JS ${heaviestJs.url} ${kib(heaviestJs.js)}`,
    );
  });

  it('ships at most 60 KiB of JavaScript on chart pages and 10 KiB elsewhere', () => {
    const over = pages
      .filter((p) => p.js > (p.charts > 0 ? budgets.chartJs : budgets.otherJs))
      .map((p) => `${p.url}: ${kib(p.js)} JS (${p.charts ? 'chart page, budget 60 KiB' : 'budget 10 KiB'})`);
    expect(over).toEqual([]);
  });

  it('fetches OpenCC’s table (at most 60 KiB) only for a query in traditional characters, on no page before that', () => {
    const onDemand = Math.max(...pages.map((p) => p.onDemand));
    expect(onDemand).toBeGreaterThan(0);
    expect(onDemand).toBeLessThanOrEqual(60 * KiB);
    for (const file of htmlFiles()) expect(readFileSync(join(distDir, file), 'utf8'), file).not.toMatch(/t2cn\./);
  });

  it('keeps HTML + CSS + JS of every page within 120 KiB', () => {
    const over = pages.filter((p) => p.html + p.css + p.js > budgets.total).map((p) => `${p.url}: ${kib(p.html + p.css + p.js)}`);
    expect(over).toEqual([]);
  });

  it('ships no web font: no font files and no @font-face', () => {
    const fontFiles = distFiles().filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f));
    expect(fontFiles).toEqual([]);
    const cssWithFontFace = distFiles().filter(
      (f) => /\.(css|html)$/.test(f) && /@font-face/i.test(readFileSync(join(distDir, f), 'utf8')),
    );
    expect(cssWithFontFace).toEqual([]);
  });
});
