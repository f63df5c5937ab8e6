import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../support/browser';
import { allPaths, overflowX, seriousViolations, smallChinese } from '../support/page-checks';
import { charts } from '../support/site';

const origin = inject('origin');
// A chart's page is its section's chart with a title and a link: one of each language is
// visited here (the share test opens others); the rest would repeat these for CI minutes.
const chartSample = new Set(['/zh/charts/places/', '/en/charts/organising/']);
const paths = allPaths().filter((p) => !/^\/(zh|en)\/charts\/[^/]+\/$/.test(p) || chartSample.has(p));
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const isChinese = (path: string) => path.startsWith('/zh/') || path === '/' || path === '/no-such-page/';
const zhEmbeds = charts.map((id) => `/zh/embed/${id}/`);

/**
 * Pages axe reads at 1280px: every page, except that of the English story, topic and chart pages, whose
 * twins in Chinese it reads, it reads one of each (their markup is the Chinese pages' block for
 * block, tests/content/parity.test.ts; the text is checked by the content tests).
 */
const repeatedEnglish = /^\/en\/(stories|topics|charts)\/[^/]+\/$/;
const axeSample = new Set(['/en/stories/li-junqi/', '/en/topics/new-forms-of-employment/', '/en/charts/organising/']);
const readByAxe = (path: string) => !repeatedEnglish.test(path) || axeSample.has(path);

// One visit per page: the phone checks at 320px, then the same page at 1280px and axe (WCAG 2.2 AA).
describe('every page at 320px and at 1280px', () => {
  it.each([...paths, ...zhEmbeds])(
    '%s fits both, logs no error, loads no web font, requests nothing from another origin, sets no Chinese text below 14px, and passes axe',
    async (path) => {
      const { context, page, errors, foreign, fonts } = await openPage(browser, origin, { viewport: { width: 320, height: 800 } });
      await page.goto(origin + path, { waitUntil: 'load' });
      expect(await overflowX(page), 'horizontal overflow at 320px').toBeLessThanOrEqual(0);
      if (isChinese(path)) expect(await smallChinese(page)).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(await overflowX(page), 'horizontal overflow at 1280px').toBeLessThanOrEqual(0);
      if (readByAxe(path) && !path.includes('/embed/')) expect(await seriousViolations(page)).toEqual([]);
      expect(errors.filter((e) => !(path === '/no-such-page/' && e.includes('404')))).toEqual([]);
      expect(foreign).toEqual([]);
      expect(fonts).toEqual([]);
      await context.close();
    },
  );

  it('reads every page type of each language with axe', () => {
    const read = paths.filter(readByAxe);
    for (const sample of axeSample) expect(read).toContain(sample);
    expect(paths.filter((p) => !readByAxe(p)).every((p) => repeatedEnglish.test(p))).toBe(true);
  });
});

// Dark mode changes only colours, so one page of each type is enough to check its contrast. The
// covers, the introduction and About are checked dark at a phone's width (documentary.test.ts).
const darkPaths = ['/', '/en/rights-and-services/', '/zh/stories/taian-yto/', '/no-such-page/'];

describe('accessibility in the dark theme (axe, WCAG 2.2 AA)', () => {
  it.each(darkPaths)('%s has no serious or critical violations', async (path) => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    await page.goto(origin + path);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
