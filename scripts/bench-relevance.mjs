// Measures search quality on a build (OUT_DIR, default dist): the relevance list
// (tests/support/search-relevance.json) typed into the hosted search page (Pagefind) and into the
// offline archive's search page over file://, and single-character noise in the top 5. Prints,
// for each: how often the first result opens the expected paragraph, and how often it at least
// opens a page that holds it. Works on an older build too (before/after), as it reads only what
// the search pages show. Not part of `npm test`: `npm test` asserts; this counts.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { serveStatic } from './serve-dist.mjs';

const dist = join(import.meta.dirname, '..', process.env.OUT_DIR ?? 'dist');
// RELEVANCE=<file> measures another list of the same shape (a held-out list, say).
const listFile = process.env.RELEVANCE ?? join(import.meta.dirname, '..', 'tests', 'support', 'search-relevance.json');
const { queries } = JSON.parse(readFileSync(listFile, 'utf8'));
const noiseQueries = ['快递员', '外卖骑手', '工会会员', '劳动模范', '法律援助', '工人文化宫', '妈妈小屋', '网约车司机'];

const anchorOf = (href) => decodeURIComponent(href.split('#')[1] ?? '').replace(/^:~:.*/, '');
const pageOf = (href) => {
  const path = new URL(href).pathname.replace(/index\.html$/, '');
  return path.replace(/^.*?\/(zh|en)\//, '$1/');
};
/** Whether a built page holds an element with the id. */
const holds = (root, page, id) => {
  try {
    return readFileSync(join(root, page, 'index.html'), 'utf8').includes(`id="${id}"`);
  } catch {
    return false;
  }
};

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });

/** Types each query into a search page and reads the first result and the marks of the top 5. */
async function run(label, openPage, resultsSelector, root) {
  let exact = 0;
  let onPage = 0;
  const misses = [];
  for (const lang of ['zh', 'en']) {
    const page = await browser.newPage();
    await openPage(page, lang);
    for (const r of queries.filter((q) => q.lang === lang)) {
      const first = await typeAndRead(page, resultsSelector, r.q);
      const href = first[0]?.href ?? '';
      const anchor = anchorOf(href);
      if (r.expect.includes(anchor)) exact += 1;
      else misses.push(`${lang} ${r.q} → ${href ? `${pageOf(href)}#${anchor}` : 'nothing'}`);
      if (href && r.expect.some((id) => holds(root, pageOf(href), id))) onPage += 1;
    }
    await page.close();
  }
  let noise = 0;
  const page = await browser.newPage();
  await openPage(page, 'zh');
  for (const q of noiseQueries) {
    const top = (await typeAndRead(page, resultsSelector, q)).slice(0, 5);
    noise += top.filter((s) => !s.partial && s.marks.length > 0 && s.marks.every((m) => [...m].length < 2)).length;
  }
  await page.close();
  const n = queries.length;
  console.log(`\n${label}`);
  console.log(`  first result opens the expected paragraph: ${exact}/${n} (${((100 * exact) / n).toFixed(0)}%)`);
  console.log(`  first result opens a page holding it:      ${onPage}/${n} (${((100 * onPage) / n).toFixed(0)}%)`);
  console.log(`  single-character noise in the top 5 of ${noiseQueries.length} Chinese queries: ${noise}`);
  if (process.env.VERBOSE) for (const m of misses) console.log(`    miss: ${m}`);
}

async function typeAndRead(page, resultsSelector, q) {
  await page.fill(`${resultsSelector.form} input[type=search]`, q);
  const list = page.locator(resultsSelector.list);
  // The hosted page marks the query it shows; the archive's page renders as it is typed.
  if (resultsSelector.marked)
    await page.waitForFunction(
      ([sel, query]) => document.querySelector(sel)?.getAttribute('data-search-query') === query,
      [resultsSelector.list, q],
      {
        timeout: 15_000,
      },
    );
  return list.evaluate((ol) => {
    const partial = ol.querySelector('[data-search-partial]') !== null;
    return [...ol.querySelectorAll('li')]
      .filter((li) => li.querySelector('a'))
      .map((li) => ({
        href: li.querySelector('a').href,
        marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
        partial,
      }));
  });
}

const server = await serveStatic(dist);
await run(
  `Pagefind on the hosted site (${dist})`,
  (page, lang) => page.goto(`${server.origin}/${lang}/search/`),
  { form: '[data-search-page]', list: '[data-search-page] [data-search-results]', marked: true },
  dist,
);
server.server.close();

const zip = readdirSync(join(dist, 'downloads')).find((f) => /^striving-.+\.zip$/.test(f));
const dir = mkdtempSync(join(tmpdir(), 'bench-relevance-'));
try {
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join(dist, 'downloads', zip))))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  const [top] = readdirSync(dir);
  const root = join(dir, top);
  await run(
    'the offline archive over file://',
    (page, lang) => page.goto(pathToFileURL(join(root, lang, 'search', 'index.html')).href).then(() => page.waitForTimeout(300)),
    { form: '[data-offline-search]', list: '[data-offline-search-results]', marked: false },
    root,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
await browser.close();
