import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../support/browser';
import { sitemapPaths } from '../support/routes';

const origin = inject('origin');
const paths = [...sitemapPaths(), '/no-such-page/'];
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe.each([320, 1280])('every page at %ipx', (width) => {
  it.each(paths)('%s fits the width, logs no error, loads no web font and requests nothing from another origin', async (path) => {
    const { context, page, errors, foreign, fonts } = await openPage(browser, origin, { viewport: { width, height: 800 } });
    await page.goto(origin + path, { waitUntil: 'load' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
    expect(errors.filter((e) => !(path === '/no-such-page/' && e.includes('404')))).toEqual([]);
    expect(foreign).toEqual([]);
    expect(fonts).toEqual([]);
    await context.close();
  });
});

// Dark mode changes only colours, so one page of each type is enough to check its contrast.
const darkPaths = new Set([
  '/',
  '/zh/',
  '/en/',
  '/zh/introduction/',
  '/en/rights-and-services/',
  '/zh/stories/taian-yto/',
  '/en/about/',
  '/no-such-page/',
]);

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  it.each(paths)('%s has no serious or critical violations', async (path) => {
    for (const colorScheme of darkPaths.has(path) ? (['light', 'dark'] as const) : (['light'] as const)) {
      const { context, page } = await openPage(browser, origin, { viewport: { width: 1280, height: 900 }, colorScheme });
      await page.goto(origin + path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${colorScheme}: ${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
        );
      expect(serious).toEqual([]);
      await context.close();
    }
  });
});
