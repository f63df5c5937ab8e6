import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipArchive } from '../support/archive';
import { scrollStepToLine, settled } from '../support/scrolly';
import { launch } from '../support/browser';

let browser: Browser;
let dir = '';
// Set only once the archive is unzipped: a failed setup leaves nothing to delete.
let removeArchive = () => {};

beforeAll(async () => {
  ({ dir, remove: removeArchive } = unzipArchive());
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  removeArchive();
});

/** A page over file:// with every other request blocked, recording errors and blocked requests. */
async function openOffline() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { context, page, blocked, errors };
}

const fileUrl = (path: string) => pathToFileURL(join(dir, path)).href;

async function clickAndWait(page: Page, selector: string, urlEnd: string) {
  await page.locator(selector).first().click();
  await page.waitForURL((url) => url.href.endsWith(urlEnd));
}

describe('the offline archive over file:// with the network blocked', () => {
  it('follows links from index.html across pages and switches language', async () => {
    const { context, page, blocked, errors } = await openOffline();
    await page.goto(fileUrl('index.html'));
    await clickAndWait(page, '[data-lang-choice="zh"]', '/zh/index.html');
    expect(await page.textContent('main h1')).toContain('奋斗的礼赞');
    await clickAndWait(page, 'main a[href$="introduction/index.html"]', '/zh/introduction/index.html');
    await clickAndWait(page, 'a[rel=next]', '/zh/political-guidance/index.html');
    await clickAndWait(page, '[data-story] h2 a', '/zh/stories/li-junqi/index.html');
    await clickAndWait(page, '[data-lang-switch]', '/en/stories/li-junqi/index.html');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await clickAndWait(page, 'header a[href$="../index.html"]', '/en/index.html');
    await clickAndWait(page, 'footer [data-download-link]', '/en/download/index.html');
    expect(await page.textContent('[data-archive-note]')).toContain('offline archive');
    await clickAndWait(page, 'main a[href$="full/index.html"]', '/en/full/index.html');
    expect(await page.locator('.full-section').count()).toBe(6);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the charts and runs their step transitions', async () => {
    const { context, page, errors } = await openOffline();
    await page.goto(fileUrl('zh/rights-and-services/index.html'));
    const chart = page.locator('[data-chart]').first();
    const id = (await chart.getAttribute('data-chart')) ?? '';
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getAttribute('data-enhanced')).toBe('true');
    expect(await chart.locator('.scrolly-graphic svg.chart-svg .chart-body *').count()).toBeGreaterThan(3);
    expect(await chart.locator('table tbody tr').count()).toBeGreaterThan(0);
    await scrollStepToLine(page, id, 1);
    expect((await settled(page, id)).active).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the numbers page from the footer, with its downloads beside it', async () => {
    const { context, page, errors } = await openOffline();
    await page.goto(fileUrl('zh/index.html'));
    await clickAndWait(page, 'footer a[href$="numbers/index.html"]', '/zh/numbers/index.html');
    expect(await page.locator('[data-figure]').count()).toBeGreaterThan(30);
    for (const name of ['figures.csv', 'figures.json']) {
      const target = await page.locator(`a[href$="${name}"]`).evaluate((a) => (a as HTMLAnchorElement).href);
      expect(target).toBe(fileUrl(name));
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['zh', '薪酬保障', '/zh/stories/taian-yto/index.html', '泰安圆通'],
    ['en', 'natural gas', '/en/stories/chen-wenbin/index.html', 'Natural gas'],
  ])('searches in %s for "%s" and lands on the passage, marked', async (lang, query, target, heading) => {
    const { context, page, blocked, errors } = await openOffline();
    await page.goto(fileUrl(`${lang}/index.html`));
    await clickAndWait(page, '[data-offline-search-link]', `/${lang}/search/index.html`);
    await page.fill('input[type=search]', query);
    const results = page.locator('[data-offline-search-results] a');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    const href = await results.first().evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href).toMatch(new RegExp(`${target}\\?hl=[^#]+(#.+)?$`));
    const anchor = href.split('#')[1];
    await results.first().click();
    await page.waitForURL((url) => url.pathname.endsWith(target) && url.hash === (anchor ? `#${anchor}` : ''));
    expect(await page.textContent('main h1')).toContain(heading);
    const marked = page.locator(anchor ? `[id="${anchor}"] mark[data-search-hit]` : 'main mark[data-search-hit]');
    await expect.poll(() => marked.count()).toBeGreaterThan(0);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
