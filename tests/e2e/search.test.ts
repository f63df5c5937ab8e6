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

// Which passage comes first for which query is the relevance list's job (search-relevance.test.ts).

describe('the search dialog', () => {
  it('loads no search code or index until it is opened, then opens with / and closes with Esc', async () => {
    const { context, page: p } = await openPage(browser, origin);
    const fetched: string[] = [];
    p.on('request', (req) => fetched.push(new URL(req.url()).pathname));
    await p.goto(`${origin}/zh/rights-and-services/`);
    await p.waitForLoadState('networkidle');
    expect(fetched.filter((f) => f.includes('pagefind') || /\/(dialog|panel)\./.test(f))).toEqual([]);
    await p.keyboard.press('/');
    const dialog = p.locator('[data-search-dialog]');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => p.evaluate(() => document.activeElement?.matches('[data-search-input]')), { timeout: 10_000 }).toBe(true);
    await p.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open), { timeout: 10_000 }).toBe(false);
    await expect.poll(() => p.evaluate(() => document.activeElement?.matches('[data-search-open]')), { timeout: 10_000 }).toBe(true);
    await context.close();
  });

  it('is driven by keyboard: Ctrl+K, type, arrows, Enter lands on the passage', async () => {
    const { context, page: p, errors, foreign } = await openPage(browser, origin);
    await p.goto(`${origin}/en/`);
    await p.keyboard.press('Control+k');
    await p.keyboard.type('Tianlou');
    const list = p.locator('[data-search-dialog] [data-search-results]');
    await expect.poll(() => list.getAttribute('data-search-query'), { timeout: 10_000 }).toBe('Tianlou');
    await expect
      .poll(() => p.locator('[data-search-dialog] [role=status]').textContent(), { timeout: 10_000 })
      .toMatch(/results for “Tianlou”/);
    expect(await list.locator('mark').count()).toBeGreaterThan(0);
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowUp');
    const focused = await p.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
    expect(focused).toContain('/en/stories/chen-wenbin/');
    await p.keyboard.press('Enter');
    await p.waitForURL(/\/en\/stories\/chen-wenbin\//);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('speaks the page language and has dialog semantics', async () => {
    const { context, page: p } = await openPage(browser, origin);
    await p.goto(`${origin}/zh/`);
    await p.click('[data-search-open]');
    const dialog = p.locator('dialog[data-search-dialog]');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open), { timeout: 10_000 }).toBe(true);
    expect(await dialog.getAttribute('aria-labelledby')).toBe('search-dialog-title');
    expect(await p.textContent('#search-dialog-title')).toBe('搜索');
    expect(await dialog.locator('[aria-live=polite]').count()).toBe(1);
    await p.keyboard.type('不存在的词语组合');
    await expect.poll(() => dialog.locator('[role=status]').textContent(), { timeout: 10_000 }).toContain('没有找到');
    await context.close();
  });
});

describe('the search page', () => {
  it('keeps the query and filters in the URL so a search can be shared', async () => {
    const { context, page: p } = await openPage(browser, origin);
    await p.goto(`${origin}/zh/search/`);
    await p.fill('[data-search-page] [data-search-input]', '工匠');
    await p.selectOption('[data-search-page] [data-search-kind]', 'story');
    await expect.poll(() => new URL(p.url()).search, { timeout: 10_000 }).toBe(`?q=${encodeURIComponent('工匠')}&kind=story`);
    const list = p.locator('[data-search-page] [data-search-results]');
    await expect
      .poll(
        () => list.locator('a[data-search-result]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
        { timeout: 10_000 },
      )
      .toEqual(expect.arrayContaining(['/zh/stories/three-craftsmen/']));
    const kinds = await list.locator('li p:first-of-type').allTextContents();
    expect(kinds.every((k) => k.startsWith('故事'))).toBe(true);
    await context.close();
  });

  it('finds figures with the figure filter', async () => {
    const { context, page: p } = await openPage(browser, origin);
    await p.goto(`${origin}/en/search/?q=${encodeURIComponent('4.894 million')}&kind=figure`);
    const first = p.locator('[data-search-page] a[data-search-result]').first();
    await expect.poll(() => first.textContent(), { timeout: 10_000 }).toBe('New union members: 4.894 million');
    await context.close();
  });

  it.each([
    ['zh', '工会妈妈小屋'],
    ['en', 'mothers’ rooms'],
  ] as const)('finds charts with the chart filter (%s)', async (lang, q) => {
    const { context, page: p } = await openPage(browser, origin);
    await p.goto(`${origin}/${lang}/search/?q=${encodeURIComponent(q)}&kind=chart`);
    const list = p.locator('[data-search-page] [data-search-results]');
    await expect.poll(() => list.getAttribute('data-search-query'), { timeout: 10_000 }).toBe(q);
    const paths = await list
      .locator('a[data-search-result]')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths).toContain(`/${lang}/rights-and-services/`);
    await context.close();
  });

  it('without JavaScript, the header button leads to it and it links the contents', async () => {
    const { context, page: p } = await openPage(browser, origin, { javaScriptEnabled: false });
    await p.goto(`${origin}/en/union-reform/`);
    await p.click('[data-search-open]');
    await p.waitForURL(`${origin}/en/search/`);
    await expect(p.locator('[data-search-nojs]').textContent()).resolves.toContain('Search needs JavaScript.');
    expect(await p.locator('[data-search-page] [data-search-panel]').isVisible()).toBe(false);
    await p.click('[data-search-nojs] a');
    await p.waitForURL(`${origin}/en/#home-sections`);
    await context.close();
  });
});
