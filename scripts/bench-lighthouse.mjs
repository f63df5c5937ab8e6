// One row per page type: gzip bytes of HTML, CSS and JS as built, what the page actually
// transferred and how many requests it made, and Lighthouse 12 mobile scores (simulated slow
// 4G and 4× CPU slowdown) with LCP, CLS and TBT, against the built site in the system Chromium.
// Usage: npm run build && npm run bench:lighthouse [-- --runs 3]
// With several runs the median run by performance score is shown, since simulated timings
// move with the machine's load.
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pageWeight } from './asset-weight.mjs';
import { serveStatic } from './serve-dist.mjs';

const dist = process.env.BENCH_DIST ?? join(import.meta.dirname, '..', 'dist');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 1;
const pages = {
  home: '/zh/',
  section: '/zh/rights-and-services/',
  '繁體 section': '/zh-hant/rights-and-services/',
  story: '/en/stories/li-junqi/',
  chart: '/en/charts/',
  'chart page': '/zh/charts/places/',
  'numbers (62 Cite controls)': '/zh/numbers/',
  embed: '/zh/embed/organising/',
  'search page': '/zh/search/',
  '繁體 search page': '/zh-hant/search/',
  // Opened with a query, as from a shared link: the results need Pagefind's index.
  'search open (?q=工匠)': '/zh/search/?q=%E5%B7%A5%E5%8C%A0',
};

const { server, origin } = await serveStatic(dist, 0, { gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const rows = [];
const notes = [];
try {
  for (const [name, url] of Object.entries(pages)) {
    const results = [];
    for (let i = 0; i < runs; i += 1)
      results.push((await lighthouse(origin + url, { port: chrome.port, output: 'json', logLevel: 'error' })).lhr);
    results.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
    const lhr = results[Math.floor(results.length / 2)];
    const weight = pageWeight(dist, url.split('?')[0]);
    const requests = lhr.audits['network-requests'].details?.items?.length ?? 0;
    rows.push({
      page: name,
      'HTML KiB': (weight.html / 1024).toFixed(1),
      'CSS KiB': (weight.css / 1024).toFixed(1),
      'JS KiB': (weight.js / 1024).toFixed(1),
      'sent KiB': (lhr.audits['total-byte-weight'].numericValue / 1024).toFixed(1),
      requests,
      perf: score(lhr, 'performance'),
      a11y: score(lhr, 'accessibility'),
      bp: score(lhr, 'best-practices'),
      seo: score(lhr, 'seo'),
      'LCP s': (lhr.audits['largest-contentful-paint'].numericValue / 1000).toFixed(2),
      CLS: lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3),
      'TBT ms': Math.round(lhr.audits['total-blocking-time'].numericValue),
    });
    // Scored audits that did not pass, so a score under 100 says why.
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
      .map((a) => a.id);
    if (failing.length) notes.push(`${name}: ${failing.join(', ')}`);
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(
  `Lighthouse 12, mobile preset, ${runs} run(s) per page (median by performance). Bytes are gzip; "sent" is everything the page transferred.`,
);
console.table(rows);
if (notes.length) console.log(`Audits below 0.9:\n  ${notes.join('\n  ')}`);
