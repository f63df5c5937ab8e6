// Measures search on the local build (run `npm run build` first): the bytes a reader's
// first search fetches, and the time from keystroke to rendered results, cold and warm.
// Not part of `npm test`: timings depend on the machine.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const dist = join(import.meta.dirname, '..', process.env.OUT_DIR ?? 'dist');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};
const fileFor = (pathname) => {
  let path = normalize(join(dist, decodeURIComponent(pathname)));
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  return path.startsWith(dist) && existsSync(path) ? path : undefined;
};
const server = createServer((req, res) => {
  const file = fileFor(new URL(req.url ?? '/', 'http://x').pathname);
  res.writeHead(file ? 200 : 404, { 'Content-Type': (file && types[extname(file)]) || 'application/octet-stream' });
  if (file) createReadStream(file).pipe(res);
  else res.end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });

// Records when each query's input event fired and when its results were rendered.
const probe = () => {
  window.__inputs = {};
  window.__renders = {};
  addEventListener(
    'input',
    (e) => {
      window.__inputs[e.target.value] = performance.now();
    },
    true,
  );
  new MutationObserver((records) => {
    for (const r of records)
      if (r.attributeName === 'data-search-query') window.__renders[r.target.dataset.searchQuery] = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-search-query'] });
};

async function searchOnce(page, query) {
  await page.fill('[data-search-dialog] [data-search-input]', '');
  await page.keyboard.insertText(query);
  await page.waitForFunction((q) => window.__renders[q] !== undefined, query, { timeout: 15_000 });
  return page.evaluate((q) => window.__renders[q] - window.__inputs[q], query);
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
// Pagefind's index files are already gzipped; a server sends them as they are.
const wire = (file) => {
  const raw = readFileSync(file);
  return Math.min(raw.length, gzipSync(raw).length);
};
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const ms = (x) => `${x.toFixed(0)} ms`;
const COLD_RUNS = Number(process.env.COLD_RUNS ?? 10);
const warmQueries = {
  zh: [
    '工匠学院',
    '齐鲁工惠 App',
    '李军齐',
    '日照港',
    '发展工会会员',
    '泰安圆通',
    '威海',
    '外卖骑手',
    '快递员',
    '工會會員',
    '枫桥经验',
    '劳动争议',
  ],
  en: [
    'craftsman college',
    'Qilu Gonghui app',
    'Li Junqi',
    'Rizhao Port',
    'new union members',
    'YTO Express',
    'Weihai',
    'couriers',
    'legal aid',
    'Ele.me',
    'model workers',
    'disputes',
  ],
};
const firstQuery = { zh: '489万', en: '4.894 million' };

/**
 * One cold search in a fresh browser context: open the dialog with / and type, either at once
 * (Pagefind's loading is all on the clock) or after `pause` ms, the moment a reader takes to
 * start typing, in which the index and WebAssembly that opening the dialog started can load.
 */
async function coldSearch(lang, pause, record) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(probe);
  await page.goto(`${origin}/${lang}/`, { waitUntil: 'networkidle' });
  const fetched = [];
  page.on('request', (req) => fetched.push(new URL(req.url()).pathname));
  await page.keyboard.press('/');
  if (pause) await page.waitForTimeout(pause);
  const time = await searchOnce(page, firstQuery[lang]);
  if (record) record.push(...fetched);
  const warm = [];
  if (record) for (const q of [...warmQueries[lang], ...warmQueries[lang]]) warm.push(await searchOnce(page, q));
  await context.close();
  return { time, warm };
}

for (const lang of ['zh', 'en']) {
  const fetched = [];
  const atOnce = [];
  const afterPause = [];
  let warm = [];
  for (let i = 0; i < COLD_RUNS; i += 1) {
    atOnce.push((await coldSearch(lang, 0, i === 0 ? fetched : undefined)).time);
    const run = await coldSearch(lang, 500, i === 0 ? [] : undefined);
    afterPause.push(run.time);
    if (i === 0) warm = run.warm;
  }
  const files = [...new Set(fetched)].map(fileFor).filter(Boolean);
  const raw = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const gzip = files.reduce((sum, f) => sum + wire(f), 0);
  console.log(`\n${lang}: first search for “${firstQuery[lang]}”`);
  console.log(`  fetched ${files.length} files: ${kib(raw)} raw, ${kib(gzip)} gzip (target ≤ 150 KiB gzip)`);
  for (const f of files) console.log(`    ${f.slice(dist.length)}  ${kib(wire(f))} gzip`);
  console.log(`  cold, typed at once:        median ${ms(median(atOnce))}, p95 ${ms(p95(atOnce))} over ${COLD_RUNS} runs`);
  console.log(
    `  cold, typed after 500 ms:   median ${ms(median(afterPause))}, p95 ${ms(p95(afterPause))} over ${COLD_RUNS} runs (target p95 ≤ 300 ms)`,
  );
  console.log(
    `  warm: median ${ms(median(warm))}, p95 ${ms(p95(warm))}, max ${ms(Math.max(...warm))} over ${warm.length} searches (target ≤ 50 ms)`,
  );
}
// The header button's cost on every page: its markup and the script that upgrades it.
const home = readFileSync(join(dist, 'zh', 'index.html'), 'utf8');
const button = /<a[^>]*data-search-open[\s\S]*?<\/a>/.exec(home)?.[0] ?? '';
const scriptSrc = /<script type="module" src="([^"]*SearchButton[^"]*)"/.exec(home)?.[1];
const script = scriptSrc ? readFileSync(fileFor(scriptSrc)) : Buffer.from('');
const dialog = /<dialog[\s\S]*?<\/dialog>/.exec(home)?.[0] ?? '';
console.log(
  `\nheader button: markup ${gzipSync(button).length} B + script ${gzipSync(script).length} B gzip = ${kib(gzipSync(button).length + gzipSync(script).length)} (target < 2 KiB)`,
);
console.log(`dialog markup in each page (closed until opened): ${gzipSync(dialog).length} B gzip`);

await browser.close();
server.close();
