import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-dist.mjs';
import { launch } from '../support/browser';
import { distDir } from '../support/site';

// Each test serves the site on its own port (a fresh origin, so a fresh service worker) and
// really stops the server to go offline, as well as setting the browser offline.
let browser: Browser;
let copy = '';

beforeAll(async () => {
  browser = await launch();
  copy = mkdtempSync(join(tmpdir(), 'offline-deploy-'));
  cpSync(distDir, copy, { recursive: true });
});
afterAll(async () => {
  await browser.close();
  rmSync(copy, { recursive: true, force: true });
});

async function serve(dir = distDir) {
  const { server, origin } = (await serveStatic(dir)) as { server: Server; origin: string };
  const stop = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return { origin, stop };
}

/** Waits until the service worker has this page in its cache. */
async function untilCached(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(async () => Boolean(await caches.match(location.href))), { timeout: 30_000 }).toBe(true);
}

describe('offline reading on the served site', () => {
  it('reopens pages read once after the network is gone', async () => {
    const { origin, stop } = await serve();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/zh/`);
    await untilCached(page);
    await page.goto(`${origin}/en/about/`);
    await untilCached(page);
    await stop();
    await context.setOffline(true);
    await page.reload();
    expect(await page.textContent('main h1')).toBeTruthy();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.goto(`${origin}/zh/`);
    expect(await page.textContent('main h1')).toContain('奋斗的礼赞');
    // The stylesheet came from the cache too.
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('flex');
    await context.close();
  });

  it('saves every page of a language from the download page', async () => {
    const { origin, stop } = await serve();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/en/download/`);
    await untilCached(page);
    await page.click('[data-offline-save]');
    await page.waitForSelector('[data-offline-status][data-state="saved"]', { timeout: 90_000 });
    await stop();
    await context.setOffline(true);
    for (const path of ['/en/stories/zhang-jun/', '/en/numbers/', '/en/full/']) {
      await page.goto(origin + path);
      expect(await page.locator('main h1').count(), path).toBe(1);
    }
    await context.close();
  });

  it('replaces the old caches when a new version is deployed', async () => {
    const { origin, stop } = await serve(copy);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/zh/`);
    await untilCached(page);
    const before = await page.evaluate(() => caches.keys());
    expect(before).toHaveLength(1);
    const sw = join(copy, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/^const CACHE = "([^"]+)";/, 'const CACHE = "$1-next";'));
    await page.evaluate(async () => { await (await navigator.serviceWorker.ready).update(); });
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).toEqual([`${before[0]}-next`]);
    await stop();
    await context.close();
  });

  it('offers a web manifest with PNG icons for Add to home screen', async () => {
    const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8')) as { icons: { sizes: string; type: string }[] };
    expect(manifest.icons.filter((i) => i.type === 'image/png').map((i) => i.sizes)).toEqual(['192x192', '512x512']);
  });
});
