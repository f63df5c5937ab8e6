import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser';
import { distDir } from '../support/site';
import { startTestHost } from '../support/test-server';

// Each test serves its own copy of the site on its own port (a fresh origin, so a fresh
// service worker), and fails the network the way readers meet it.
let browser: Browser;
const copies: string[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function copyOfSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'offline-site-'));
  cpSync(distDir, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

/** Waits until the service worker controls the page and has it in one of its caches. */
async function untilCached(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(async () => Boolean(await caches.match(location.href, { ignoreVary: true }))), { timeout: 30_000 })
    .toBe(true);
}

async function saveReport(page: Page, origin: string, lang: 'zh' | 'en') {
  await page.goto(`${origin}/${lang}/download/`);
  await untilCached(page);
  await page.click('[data-offline-save]');
  await page.waitForSelector('[data-offline-status][data-state="saved"]', { timeout: 90_000 });
}

async function searchOffline(page: Page, origin: string, query: string) {
  await page.goto(`${origin}/en/union-reform/`);
  await page.click('[data-search-open]');
  await page.fill('[data-search-dialog] [data-search-input]', query);
  await page.waitForSelector('[data-search-dialog] [data-search-results] li', { timeout: 20_000 });
  return page.$$eval('[data-search-dialog] [data-search-results] li a', (els) => els.map((el) => el.getAttribute('href')));
}

/** A new deploy as browsers see one: a service worker whose build id has changed. */
function deployNewBuild(dir: string) {
  const sw = join(dir, 'sw.js');
  const code = readFileSync(sw, 'utf8');
  // The worker is bundled with its build id as a 12-digit hex string.
  const id = code.match(/"([0-9a-f]{12})"/)?.[1] ?? '';
  if (!id) throw new Error('no build id in sw.js');
  writeFileSync(sw, code.replaceAll(`"${id}"`, `"${id.slice(1)}z"`));
  return `${id.slice(1)}z`;
}

async function update(page: Page) {
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.ready).update();
  });
}

async function close(context: BrowserContext) {
  await context.close();
}

describe('offline reading on the served site', () => {
  it('reopens pages read once after the network is gone, and answers an unknown page with the 404 page', async () => {
    const host = await startTestHost(copyOfSite());
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${host.origin}/zh/`);
    await untilCached(page);
    await page.goto(`${host.origin}/en/about/`);
    await untilCached(page);
    host.mode.down = true;
    await page.reload();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.goto(`${host.origin}/zh/`);
    expect(await page.textContent('main h1')).toContain('奋斗的礼赞');
    // The stylesheet came from the cache too.
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('flex');
    const missing = await page.goto(`${host.origin}/en/no-such-page/`);
    expect(missing?.status()).toBe(404);
    expect(await page.textContent('h1')).toContain('页面未找到');
    await close(context);
    await host.close();
  });

  it('saves a language for offline reading, search included, behind a server that sends Vary headers', async () => {
    const host = await startTestHost(copyOfSite());
    // astro preview sends Vary: Origin; a cache lookup that honoured it would miss every script.
    host.mode.vary = true;
    const context = await browser.newContext();
    // Whether the browser grants persistent storage is its own decision; what the page owes is to ask.
    await context.addInitScript(() => {
      const storage = navigator.storage;
      const persist = storage.persist.bind(storage);
      storage.persist = () => {
        sessionStorage.setItem('persist-asked', 'yes');
        return persist();
      };
    });
    const page = await context.newPage();
    await saveReport(page, host.origin, 'en');
    expect(await page.evaluate(() => sessionStorage.getItem('persist-asked'))).toBe('yes');
    host.mode.down = true;
    for (const path of ['/en/stories/zhang-jun/', '/en/numbers/', '/en/full/']) {
      await page.goto(host.origin + path);
      expect(await page.locator('main h1').count(), path).toBe(1);
    }
    // Pagefind asks for pagefind-entry.json?ts=<now>: the saved copy must answer it.
    const results = await searchOffline(page, host.origin, 'craftsman');
    expect(results.length).toBeGreaterThan(0);
    // The chart code came from the cache: the chart follows its steps offline.
    await page.goto(`${host.origin}/en/union-reform/#chart-organising-2`);
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-chart=organising]')?.dataset['enhanced'] === 'true',
      undefined,
      { timeout: 15_000 },
    );
    await close(context);
    await host.close();
  });

  it('keeps the saved report through the next deploy, and never deletes another edition’s caches', async () => {
    const dir = copyOfSite();
    const host = await startTestHost(dir);
    const context = await browser.newContext();
    const page = await context.newPage();
    await saveReport(page, host.origin, 'en');
    // Another edition of the site under another base path on the same origin.
    await page.evaluate(async () => {
      await (await caches.open('striving:/staging/:run:000000000000')).put('/staging/x', new Response('x'));
      await (await caches.open('striving:/staging/:saved:en:000000000000')).put('/staging/y', new Response('y'));
    });
    const before = await page.evaluate(() => caches.keys());
    const next = deployNewBuild(dir);
    await update(page);
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).toContain(`striving:/:run:${next}`);
    const after = await page.evaluate(() => caches.keys());
    expect(after).toContain('striving:/staging/:run:000000000000');
    expect(after).toContain('striving:/staging/:saved:en:000000000000');
    expect(after.filter((k) => k.startsWith('striving:/:saved:en:'))).toEqual(before.filter((k) => k.startsWith('striving:/:saved:en:')));
    host.mode.down = true;
    await page.goto(`${host.origin}/en/stories/li-junqi/`);
    expect(await page.locator('main h1').count()).toBe(1);
    await close(context);
    await host.close();
  });

  it('keeps search working in a tab opened before a deploy that took its build’s scripts away', async () => {
    const dir = copyOfSite();
    const host = await startTestHost(dir);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${host.origin}/en/union-reform/`);
    await untilCached(page);
    // A deploy renames every content-hashed script: the old names are gone from the server.
    const next = deployNewBuild(dir);
    rmSync(join(dir, '_astro'), { recursive: true, force: true });
    await update(page);
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).toContain(`striving:/:run:${next}`);
    // The old tab's search dialog is a lazy chunk of the old build.
    await page.click('[data-search-open]');
    await page.fill('[data-search-dialog] [data-search-input]', 'union');
    await page.waitForSelector('[data-search-dialog] [data-search-results] li', { timeout: 20_000 });
    await close(context);
    await host.close();
  });

  it('never keeps a captive portal’s page in place of a page or a file', async () => {
    const host = await startTestHost(copyOfSite());
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${host.origin}/en/about/`);
    await untilCached(page);
    const csv = () => page.evaluate(async (url) => (await fetch(url)).text(), `${host.origin}/figures.csv`);
    expect(await csv()).toContain('members-new');
    // On hotel Wi-Fi the portal answers 200 with its own page for everything.
    host.mode.portal = new Set(['/en/about/', '/figures.csv']);
    // A navigation shows the portal (the reader may need it to sign in); a file answers from its copy.
    await page.goto(`${host.origin}/en/about/`);
    expect(await page.textContent('h1')).toContain('log in');
    expect(await csv()).toContain('members-new');
    // Offline later, the real page and file are what was kept.
    host.mode.portal = new Set();
    host.mode.down = true;
    await page.goto(`${host.origin}/en/about/`);
    expect(await page.locator('main h1').count()).toBe(1);
    expect(await csv()).toContain('members-new');
    await close(context);
    await host.close();
  });

  it('answers from the saved report over an outage’s 5xx and a slow network, search included', async () => {
    const host = await startTestHost(copyOfSite());
    const context = await browser.newContext();
    const page = await context.newPage();
    await saveReport(page, host.origin, 'en');
    host.mode.status = 503;
    for (const path of ['/en/stories/zhang-jun/', '/en/about/']) {
      const response = await page.goto(host.origin + path);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('main h1').count(), path).toBe(1);
    }
    expect((await searchOffline(page, host.origin, 'craftsman')).length).toBeGreaterThan(0);
    // Lie-fi: every response takes 25 s. The page waits a few seconds for it; search does not.
    host.mode.status = undefined;
    host.mode.delayMs = 25_000;
    await page.goto(`${host.origin}/en/union-reform/`);
    await page.click('[data-search-open]');
    const started = Date.now();
    await page.fill('[data-search-dialog] [data-search-input]', 'union');
    await page.waitForSelector('[data-search-dialog] [data-search-results] li', { timeout: 20_000 });
    expect(Date.now() - started).toBeLessThan(2_000);
    await close(context);
    await host.close();
  });

  it('removes a failed save and says when storage is full', async () => {
    const host = await startTestHost(copyOfSite());
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${host.origin}/en/download/`);
    await untilCached(page);
    const cdp = await context.newCDPSession(page);
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: host.origin, quotaSize: usage + 200_000 });
    await page.click('[data-offline-save]');
    await page.waitForSelector('[data-offline-status][data-state="failed"]', { timeout: 90_000 });
    expect(await page.textContent('[data-offline-status]')).toContain('storage');
    expect((await page.evaluate(() => caches.keys())).filter((k) => k.includes(':saved:'))).toEqual([]);
    await close(context);
    await host.close();
  });

  it('still loads a page it has never seen when storage is full', async () => {
    const host = await startTestHost(copyOfSite());
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${host.origin}/zh/`);
    await untilCached(page);
    const cdp = await context.newCDPSession(page);
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: host.origin, quotaSize: usage + 20_000 });
    for (const path of ['/en/union-reform/', '/en/stories/zhang-jun/', '/en/about/']) {
      const response = await page.goto(host.origin + path);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('main h1').count(), path).toBe(1);
    }
    await close(context);
    await host.close();
  });

  it('offers a web manifest with PNG icons for Add to home screen', async () => {
    const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8')) as {
      icons: { sizes: string; type: string }[];
    };
    expect(manifest.icons.filter((i) => i.type === 'image/png').map((i) => i.sizes)).toEqual(['192x192', '512x512']);
  });
});
