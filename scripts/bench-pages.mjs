// Prints what each kind of page costs a reader: gzip bytes of HTML, CSS and JS, request
// count, and — for chart pages — long tasks while scrolling and layout shift.
// Usage: npm run build && npm run bench
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { kib, pageWeight } from './asset-weight.mjs';
import { serveStatic } from './serve-dist.mjs';

const dist = join(import.meta.dirname, '..', 'dist');
const pages = {
  landing: '/',
  home: '/zh/',
  section: '/zh/political-guidance/',
  'section+3 charts': '/zh/rights-and-services/',
  story: '/zh/stories/li-junqi/',
  numbers: '/en/numbers/',
  'chart index': '/en/charts/',
};

const { server, origin } = await serveStatic(dist);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const rows = [];
for (const [name, url] of Object.entries(pages)) {
  const weight = pageWeight(dist, url);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  let requests = 0;
  page.on('request', () => {
    requests += 1;
  });
  await page.addInitScript(() => {
    window.__long = [];
    window.__cls = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(origin + url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const before = await page.evaluate(() => window.__long.length);
  // Scroll the whole page in steps, as a reader would.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    }
  });
  await page.waitForTimeout(800);
  const { long, cls } = await page.evaluate(() => ({ long: window.__long, cls: window.__cls }));
  const scrolling = long.slice(before);
  rows.push({
    page: name,
    html: kib(weight.html),
    css: kib(weight.css),
    js: kib(weight.js),
    total: kib(weight.html + weight.css + weight.js),
    requests,
    'long tasks (scroll)': scrolling.length,
    'longest ms': scrolling.length ? Math.round(Math.max(...scrolling)) : 0,
    cls: cls.toFixed(3),
  });
  await page.close();
}
await browser.close();
server.close();
console.table(rows);
