import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from './scripts/serve-dist.mjs';
const urls = process.argv.slice(2);
for (const dir of ['/work/main/dist']) {
  const { server, origin } = await serveStatic(dir, 0, { gzip: true });
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  for (const url of urls) { const out = [];
  for (let i = 0; i < 5; i++) { const { lhr } = await lighthouse(origin + url, { port: chrome.port, output: 'json', logLevel: 'error' }); out.push(`${Math.round(lhr.audits['total-blocking-time'].numericValue)}/${Math.round(lhr.audits['largest-contentful-paint'].numericValue)}`); }
  console.log(url, 'TBT/LCP', out.join(' ')); }
  await chrome.kill(); server.close();
}
