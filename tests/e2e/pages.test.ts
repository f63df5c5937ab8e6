import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../support/browser';
import { allPaths, overflowX, seriousViolations } from '../support/page-checks';

const origin = inject('origin');
const paths = allPaths();
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('every page at 1280px', () => {
  it.each(paths)('%s fits, logs no error, loads no web font, requests nothing from another origin, and passes axe', async (path) => {
    const { context, page, errors, foreign, fonts } = await openPage(browser, origin, { viewport: { width: 1280, height: 900 } });
    await page.goto(origin + path, { waitUntil: 'load' });
    const overflow = await overflowX(page);
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
    expect(errors.filter((e) => !(path === '/no-such-page/' && e.includes('404')))).toEqual([]);
    expect(foreign).toEqual([]);
    expect(fonts).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

// Dark mode changes only colours, so one page of each type is enough to check its contrast.
const darkPaths = [
  '/',
  '/zh/',
  '/en/',
  '/zh/introduction/',
  '/en/rights-and-services/',
  '/zh/stories/taian-yto/',
  '/en/about/',
  '/no-such-page/',
];

describe('accessibility in the dark theme (axe, WCAG 2.2 AA)', () => {
  it.each(darkPaths)('%s has no serious or critical violations', async (path) => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    await page.goto(origin + path);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
