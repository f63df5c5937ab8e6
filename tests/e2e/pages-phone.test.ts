import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../support/browser';
import { allPaths, overflowX, smallChinese } from '../support/page-checks';
import { charts } from '../support/site';

const origin = inject('origin');
const paths = allPaths();
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const isChinese = (path: string) => path.startsWith('/zh/') || path === '/' || path === '/no-such-page/';
const zhEmbeds = charts.map((id) => `/zh/embed/${id}/`);

// One visit per page per width, and every check of that width on it: here the phone checks and
// the size of Chinese text; pages-desktop.test.ts makes the desktop checks and axe (WCAG 2.2 AA).
describe('every page at 320px', () => {
  it.each([...paths, ...zhEmbeds])(
    '%s fits, logs no error, loads no web font, requests nothing from another origin, and sets no Chinese text below 14px',
    async (path) => {
      const { context, page, errors, foreign, fonts } = await openPage(browser, origin, { viewport: { width: 320, height: 800 } });
      await page.goto(origin + path, { waitUntil: 'load' });
      const overflow = await overflowX(page);
      expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
      expect(errors.filter((e) => !(path === '/no-such-page/' && e.includes('404')))).toEqual([]);
      expect(foreign).toEqual([]);
      expect(fonts).toEqual([]);
      if (isChinese(path)) expect(await smallChinese(page)).toEqual([]);
      await context.close();
    },
  );
});
