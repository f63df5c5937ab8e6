import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../support/browser';

const origin = inject('origin');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  ({ page } = await openPage(browser, origin));
});
afterAll(async () => {
  await browser.close();
});

/** The result paths (without origin and fragment) the search page shows for a query. */
async function resultPaths(lang: 'zh' | 'en', q: string): Promise<string[]> {
  await page.goto(`${origin}/${lang}/search/?q=${encodeURIComponent(q)}`);
  const list = page.locator('[data-search-page] [data-search-results]');
  await expect.poll(() => list.getAttribute('data-search-query'), { timeout: 10_000 }).toBe(q);
  return list.locator('a[data-search-result]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

// Names, places, campaigns and figures, typed the way readers type them.
const zhQueries: [string, string][] = [
  ['李军齐', '/zh/stories/li-junqi/'],
  ['日照港', '/zh/stories/rizhao-port/'],
  ['工匠学院', '/zh/building-achievement/'],
  ['489.4万', '/zh/union-reform/'],
  ['489万', '/zh/union-reform/'],
  ['发展工会会员', '/zh/union-reform/'],
  ['齐鲁工惠 App', '/zh/stories/qilu-gonghui/'],
  ['齐鲁工惠App', '/zh/stories/qilu-gonghui/'],
  ['张俊', '/zh/stories/zhang-jun/'],
  ['田楼村', '/zh/stories/chen-wenbin/'],
  ['泰安圆通', '/zh/stories/taian-yto/'],
  ['威海 新就业形态', '/zh/stories/weihai-workers/'],
  ['逢七送岗', '/zh/stories/jining-jobs/'],
  ['鲁工杯', '/zh/stories/appliance-contest/'],
];
const enQueries: [string, string][] = [
  ['Li Junqi', '/en/stories/li-junqi/'],
  ['Rizhao Port', '/en/stories/rizhao-port/'],
  ['craftsman college', '/en/building-achievement/'],
  ['4.894 million', '/en/union-reform/'],
  ['4,894,000', '/en/union-reform/'],
  ['new union members', '/en/union-reform/'],
  ['Qilu Gonghui app', '/en/stories/qilu-gonghui/'],
  ['Zhang Jun', '/en/stories/zhang-jun/'],
  ['Tianlou', '/en/stories/chen-wenbin/'],
  ['YTO Express', '/en/stories/taian-yto/'],
  ['Weihai', '/en/stories/weihai-workers/'],
  ['Jobs on Days Ending in Seven', '/en/stories/jining-jobs/'],
  ['Lugong Cup', '/en/stories/appliance-contest/'],
];

describe.each([
  ['zh', zhQueries],
  ['en', enQueries],
] as const)('searching the %s pages', (lang, queries) => {
  it.each(queries)('finds %s on %s among the top results, all in the same language', async (q, expected) => {
    const paths = await resultPaths(lang, q);
    expect(paths.slice(0, 3)).toContain(expected);
    expect(paths.filter((p) => !p.startsWith(`/${lang}/`))).toEqual([]);
  });
});

// Words readers use that the article does not: the glossary's aliases, indexed with each page
// that mentions the term (src/components/search/SearchWords.astro). Any one of the pages listed
// in the top 3 is right.
const readerQueries: ['zh' | 'en', string, string[]][] = [
  ['zh', '外卖骑手', ['/zh/stories/weihai-workers/', '/zh/topics/new-forms-of-employment/']],
  ['zh', '快递员', ['/zh/stories/weihai-workers/', '/zh/topics/new-forms-of-employment/']],
  ['zh', '哺乳室', ['/zh/rights-and-services/', '/zh/topics/care/']],
  ['zh', '华为鸿蒙', ['/zh/stories/qilu-gonghui/', '/zh/topics/unions-online/']],
  ['zh', '疗养', ['/zh/stories/zhang-jun/', '/zh/topics/care/']],
  ['zh', '暑托班', ['/zh/rights-and-services/', '/zh/topics/care/']],
  ['en', 'platform workers', ['/en/stories/weihai-workers/', '/en/topics/new-forms-of-employment/']],
  ['en', 'rest stops', ['/en/rights-and-services/', '/en/topics/care/']],
  ['en', 'lactation room', ['/en/rights-and-services/', '/en/topics/care/']],
  ['en', 'HongMeng', ['/en/stories/qilu-gonghui/', '/en/topics/unions-online/']],
  ['en', 'student aid', ['/en/rights-and-services/', '/en/topics/care/']],
  ['en', 'summer childcare', ['/en/rights-and-services/', '/en/topics/care/']],
  ['en', 'Fengqiao experience', ['/en/rights-and-services/', '/en/topics/rights-and-legal-aid/']],
];

describe("searching in the reader's words", () => {
  it.each(readerQueries)('finds (%s) “%s”, which the pages never print, on one of %j in the top 3', async (lang, q, expected) => {
    const top = (await resultPaths(lang, q)).slice(0, 3);
    const hit = top.find((path) => expected.includes(path));
    console.log(`reader query (${lang}) “${q}”: rank ${hit ? top.indexOf(hit) + 1 : 'none'} (${hit ?? top.join(', ')})`);
    expect(hit, top.join(', ')).toBeDefined();
    // The words are the reader's, not the page's: they are not in the text anyone sees.
    await page.goto(`${origin}${hit}`);
    const shown = await page.evaluate(() => document.querySelector('main')?.innerText.toLowerCase() ?? '');
    expect(shown).not.toContain(q.toLowerCase());
  });
});

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
