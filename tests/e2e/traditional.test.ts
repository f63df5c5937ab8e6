// The 繁體 edition in the browser. Its pages are the 简体 ones converted after the build, so
// one page of each type stands for the rest (the 简体 pages are each checked in
// pages.test.ts); what is its own is checked here: the client's chart drawing,
// the 简 · 繁 · EN links, the remembered choice, search in both scripts, and no scripts at all.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../support/browser';
import { overflowX, seriousViolations, smallChinese } from '../support/page-checks';
import { chartSections, scrollStepToLine, settled, stepCount } from '../support/scrolly';

const origin = inject('origin');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

// The cover, a section with charts, a story, a 繁/英 view, the numbers page, About (the longest
// interface text) and an embed; the search page is used by the search tests below.
const samples = [
  '/zh-hant/',
  '/zh-hant/union-reform/',
  '/zh-hant/stories/li-junqi/',
  '/zh-hant/union-reform/parallel/',
  '/zh-hant/numbers/',
  '/zh-hant/about/',
  '/zh-hant/embed/organising/',
];
/** Characters the simplified text has and the 繁體 text never does. */
const simplifiedOnly = /[万亿余会员发劳动职书们这时为业]/g;

describe('a 繁體 page of each type', () => {
  it.each(samples)('%s fits a 320px phone, logs no error, requests nothing from another origin, and passes axe at 1280px', async (path) => {
    const { context, page, errors, foreign, fonts } = await openPage(browser, origin, { viewport: { width: 320, height: 640 } });
    await page.goto(origin + path, { waitUntil: 'load' });
    expect(await overflowX(page), 'horizontal overflow at 320px').toBeLessThanOrEqual(0);
    expect(await smallChinese(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    expect(fonts).toEqual([]);
    await context.close();
  });

  it('passes axe in the dark theme', async () => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    await page.goto(`${origin}/zh-hant/stories/li-junqi/`);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the 繁體 charts', () => {
  it('draw every step in traditional characters, the numbers the client formats included', async () => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const problems: string[] = [];
    let steps = 0;
    for (const [section, charts] of chartSections) {
      await page.goto(`${origin}/zh-hant/${section}/`);
      for (const { id } of charts) {
        await page.locator(`[data-chart="${id}"]`).scrollIntoViewIfNeeded();
        await settled(page, id);
        const count = await stepCount(page, id);
        for (let step = 0; step < count; step += 1) {
          await scrollStepToLine(page, id, step);
          await settled(page, id);
          steps += 1;
          const text = await page
            .locator(`[data-chart="${id}"] svg.chart-svg`)
            .first()
            .evaluate((svg) => svg.textContent ?? '');
          const left = text.match(simplifiedOnly);
          if (left) problems.push(`${id} step ${step + 1}: ${[...new Set(left)].join('')}`);
        }
      }
    }
    expect(steps).toBeGreaterThan(10);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('are read without scripts: the page, its notice and its drawing', async () => {
    const { context, page } = await openPage(browser, origin, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    await page.goto(`${origin}/zh-hant/union-reform/`);
    await expect.poll(() => page.locator('.hant-notice').isVisible()).toBe(true);
    expect(await page.locator('.hant-notice').innerText()).toContain('本頁由簡體中文原文逐字轉換為繁體字');
    const drawing = await page
      .locator('[data-chart] svg.chart-svg')
      .first()
      .evaluate((svg) => svg.textContent ?? '');
    expect(drawing).toMatch(/萬/);
    expect(drawing.match(simplifiedOnly)).toBeNull();
    await context.close();
  });
});

describe('简 · 繁 · EN', () => {
  it.each([
    ['/zh/stories/li-junqi/', 'zh-hant', '/zh-hant/stories/li-junqi/', 'zh-Hant'],
    ['/zh-hant/stories/li-junqi/', 'zh', '/zh/stories/li-junqi/', 'zh-CN'],
    ['/zh-hant/about/', 'en', '/en/about/', 'en'],
    ['/en/about/', 'zh-hant', '/zh-hant/about/', 'zh-Hant'],
  ])('leads from %s to its %s twin', async (from, edition, to, lang) => {
    const { context, page } = await openPage(browser, origin);
    await page.goto(origin + from);
    await page.click(`.edition-switch [data-edition-link="${edition}"]`);
    await page.waitForURL(origin + to);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.getAttribute(`.edition-switch [data-edition-link="${edition}"]`, 'aria-current')).toBe('page');
    await context.close();
  });

  it('keeps the paragraph the reader was reading', async () => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 390, height: 844 } });
    await page.goto(`${origin}/zh-hant/rights-and-services/`);
    const ids = await page.$$eval('main [data-para][id]', (els) => els.map((el) => el.id));
    const target = ids[Math.floor(ids.length / 2)] ?? '';
    await page.evaluate((id) => {
      const el = document.getElementById(id);
      if (el) window.scrollTo({ top: el.getBoundingClientRect().top + scrollY - innerHeight * 0.2, behavior: 'instant' });
    }, target);
    const link = '.edition-switch [data-edition-link="en"]';
    await page.waitForFunction((selector) => /#p\d+$/.test(document.querySelector<HTMLAnchorElement>(selector)?.href ?? ''), link);
    await page.click(link);
    await page.waitForURL(new RegExp(`^${origin}/en/rights-and-services/#p\\d+$`));
    const followed = new URL(page.url()).hash.slice(1);
    expect(Math.abs(ids.indexOf(followed) - ids.indexOf(target)), `followed #${followed} for #${target}`).toBeLessThanOrEqual(1);
    await context.close();
  });

  it('is remembered, and the landing page offers the remembered edition without redirecting', async () => {
    const { context, page } = await openPage(browser, origin, { locale: 'en-GB' });
    await page.goto(`${origin}/`);
    await expect.poll(() => page.locator('[data-lang-suggestion]').isVisible()).toBe(true);
    expect(await page.locator('[data-lang-suggestion] [data-lang-suggested]').innerText()).toBe('English');
    await page.goto(`${origin}/en/about/`);
    await page.click('.edition-switch [data-edition-link="zh-hant"]');
    await page.waitForURL(`${origin}/zh-hant/about/`);
    await page.goto(`${origin}/`);
    await expect.poll(() => page.locator('[data-lang-remembered]').isVisible()).toBe(true);
    expect(await page.locator('[data-lang-remembered] [data-lang-suggested]').innerText()).toBe('繁體中文');
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });

  it('the landing page suggests 繁體 to a browser set to Taiwan or Hong Kong Chinese', async () => {
    for (const locale of ['zh-TW', 'zh-HK']) {
      const { context, page } = await openPage(browser, origin, { locale });
      await page.goto(`${origin}/`);
      await expect.poll(() => page.locator('[data-lang-suggestion]').isVisible()).toBe(true);
      expect(await page.locator('[data-lang-suggestion] [data-lang-suggested]').innerText()).toBe('繁體中文');
      await context.close();
    }
  });
});

describe('search across scripts', () => {
  it.each([
    ['zh-hant', '工會會員', '工會會員'],
    ['zh-hant', '工会会员', '工會會員'],
    ['zh-hant', '外送員', '新就業形態'],
    ['zh', '工會會員', '工会会员'],
  ])('in the %s edition, %s finds %s on that edition’s pages', async (edition, q, shown) => {
    const { context, page } = await openPage(browser, origin);
    await page.goto(`${origin}/${edition}/search/?q=${encodeURIComponent(q)}`);
    const first = page.locator('[data-search-page] a[data-search-result]').first();
    await first.waitFor({ timeout: 15_000 });
    expect(new URL((await first.getAttribute('href')) ?? '', origin).pathname.startsWith(`/${edition}/`)).toBe(true);
    expect(await page.locator('[data-search-page] [data-search-results] li').first().innerText()).toContain(shown);
    await context.close();
  });
});
