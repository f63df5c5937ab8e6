// Lighthouse 12 (mobile defaults: simulated slow 4G and 4× CPU slowdown) against the
// built site, one row per page type. Prints scores and LCP, CLS and TBT.
// Usage: npm run build && npm run bench:lighthouse [-- --runs 3]
// Each page is measured `runs` times and the median run (by performance score) is shown,
// because a single simulated run moves with the machine's load.
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from './serve-dist.mjs';

const dist = join(import.meta.dirname, '..', 'dist');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 1;
const pages = {
  home: '/zh/',
  section: '/zh/rights-and-services/',
  story: '/en/stories/li-junqi/',
  chart: '/en/charts/',
  embed: '/zh/embed/organising/',
  'search page': '/zh/search/',
  // The search page opened with a query, as from a shared link: results need Pagefind's index.
  'search open (?q=工匠)': '/zh/search/?q=%E5%B7%A5%E5%8C%A0',
};

const { server, origin } = await serveStatic(dist, 0, { gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
try {
  for (const [name, url] of Object.entries(pages)) {
    const results = [];
    for (let i = 0; i < runs; i += 1) {
      const { lhr } = await lighthouse(origin + url, { port: chrome.port, output: 'json', logLevel: 'error' });
      results.push(lhr);
    }
    const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const mid = results.find((lhr) => score(lhr, 'performance') === median(results.map((r) => score(r, 'performance'))));
    const failing = Object.values(mid.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable').map((a) => a.id);
    rows.push({
      page: name,
      url,
      perf: score(mid, 'performance'),
      a11y: score(mid, 'accessibility'),
      bp: score(mid, 'best-practices'),
      seo: score(mid, 'seo'),
      'LCP s': (mid.audits['largest-contentful-paint'].numericValue / 1000).toFixed(2),
      CLS: mid.audits['cumulative-layout-shift'].numericValue.toFixed(3),
      'TBT ms': Math.round(mid.audits['total-blocking-time'].numericValue),
      'not passing': failing.join(' ') || '—',
    });
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(`Lighthouse 12 mobile, ${runs} run(s) per page, median by performance`);
console.table(rows);
