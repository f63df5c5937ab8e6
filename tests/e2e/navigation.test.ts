import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../support/browser';

const origin = inject('origin');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('language switch', () => {
  it.each([
    ['/zh/stories/li-junqi/', '/en/stories/li-junqi/', 'en'],
    ['/en/union-reform/', '/zh/union-reform/', 'zh-CN'],
    ['/zh/', '/en/', 'en'],
    ['/en/about/', '/zh/about/', 'zh-CN'],
  ])('leads from %s to the same page %s', async (from, to, lang) => {
    const { context, page } = await openPage(browser, origin);
    await page.goto(origin + from);
    await page.click('[data-lang-switch]');
    await page.waitForURL(origin + to);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await context.close();
  });

  it('is reachable by keyboard right after the skip link and the menu', async () => {
    const { context, page } = await openPage(browser, origin);
    await page.goto(`${origin}/zh/rights-and-services/`);
    const order: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim() ?? ''));
    }
    expect(order).toEqual(['跳到正文', '奋斗的礼赞', '目录', '简', '繁', 'EN']);
    await context.close();
  });

  it('opens the other language at the paragraph the reader was reading', async () => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 390, height: 844 } });
    await page.goto(`${origin}/en/rights-and-services/`);
    const ids = await page.$$eval('main [data-para][id]', (els) => els.map((el) => el.id));
    const target = ids[Math.floor(ids.length / 2)] ?? '';
    await page.evaluate((id) => {
      const el = document.getElementById(id);
      if (el) window.scrollTo({ top: el.getBoundingClientRect().top + scrollY - innerHeight * 0.2, behavior: 'instant' });
    }, target);
    await page.waitForFunction((id) => document.querySelector<HTMLAnchorElement>('[data-lang-switch]')?.hash === `#${id}`, target);
    await page.click('[data-lang-switch]');
    // Late layout (a chart's code arriving) can move the page by a paragraph between the check
    // above and the click: the paragraph followed is read from the URL, and must be the target or
    // its neighbour, at the top of the other language's page.
    await page.waitForURL(new RegExp(`^${origin}/zh/rights-and-services/#p\\d+$`));
    const followed = new URL(page.url()).hash.slice(1);
    expect(Math.abs(ids.indexOf(followed) - ids.indexOf(target)), `followed #${followed} for #${target}`).toBeLessThanOrEqual(1);
    const top = await page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? -1, followed);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(844 / 2);
    await context.close();
  });
});

describe('reading through the article', () => {
  it('moves section by section with next links, from the introduction to the conclusion', async () => {
    const { context, page } = await openPage(browser, origin);
    await page.goto(`${origin}/en/introduction/`);
    const visited = [new URL(page.url()).pathname];
    while (await page.locator('a[rel=next]').count()) {
      await page.click('a[rel=next]');
      await page.waitForLoadState();
      visited.push(new URL(page.url()).pathname);
    }
    expect(visited).toEqual([
      '/en/introduction/',
      '/en/political-guidance/',
      '/en/building-achievement/',
      '/en/rights-and-services/',
      '/en/union-reform/',
      '/en/conclusion/',
    ]);
    await context.close();
  });

  it('shows each story inside its section and links to the story page', async () => {
    const { context, page } = await openPage(browser, origin);
    await page.goto(`${origin}/zh/union-reform/`);
    const stories = await page.locator('[data-story]').evaluateAll((els) => els.map((el) => el.getAttribute('data-story')));
    expect(stories).toEqual(['weihai-workers', 'qilu-gonghui', 'taian-yto', 'chen-wenbin']);
    await page.click('[data-story="taian-yto"] h2 a');
    await page.waitForURL(`${origin}/zh/stories/taian-yto/`);
    expect(await page.textContent('main')).toContain('泰安圆通快递工会');
    await context.close();
  });

  it('opens the contents menu without JavaScript', async () => {
    const { context, page } = await openPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(`${origin}/en/`);
    await page.click('header summary');
    await expect(page.locator('header nav.site-menu-panel').isVisible()).resolves.toBe(true);
    expect(await page.locator('header nav.site-menu-panel a').count()).toBeGreaterThanOrEqual(19);
    await context.close();
  });
});

describe('the landing page', () => {
  it('offers the three editions to readers without JavaScript and does not redirect', async () => {
    const { context, page } = await openPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(`${origin}/`);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('[data-lang-choice]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/zh/',
      '/zh-hant/',
      '/en/',
    ]);
    await context.close();
  });

  it.each([
    ['zh-CN', '简体中文'],
    ['en-US', 'English'],
  ])('suggests the reader language for %s', async (locale, name) => {
    const { context, page } = await openPage(browser, origin, { locale });
    await page.goto(`${origin}/`);
    await expect(page.locator('[data-lang-suggestion] [data-lang-suggested]').textContent()).resolves.toBe(name);
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });
});
