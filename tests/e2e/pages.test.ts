import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../support/browser';
import { sitemapPaths } from '../support/routes';
import { charts } from '../support/site';

const origin = inject('origin');
const paths = [...sitemapPaths(), '/no-such-page/'];
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Chinese text set below 14px, with the size a reader sees (SVG text scaled with its drawing). */
function smallChinese(page: Page) {
  return page.evaluate(() => {
    const han = /\p{Script=Han}/u;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el: Element | null = node.parentElement;
      if (!el || !han.test(node.textContent ?? '') || el.closest('script, style, noscript, title, desc, template')) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGGraphicsElement) size *= el.getScreenCTM()?.a ?? 1;
      if (size < 13.95)
        found.push(
          `${size.toFixed(1)}px: ${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} “${(node.textContent ?? '').trim().slice(0, 24)}”`,
        );
    }
    return found;
  });
}

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Serious and critical axe violations of the page as it stands. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

const isChinese = (path: string) => path.startsWith('/zh/') || path === '/' || path === '/no-such-page/';
const zhEmbeds = charts.map((id) => `/zh/embed/${id}/`);

// One visit per page per width, and every check of that width on it: at 320px the phone checks
// and the size of Chinese text, at 1280px the desktop checks and axe (WCAG 2.2 AA).
describe('every page at 320px', () => {
  it.each([...paths, ...zhEmbeds])(
    '%s fits, logs no error, loads no web font, requests nothing from another origin, and sets no Chinese text below 14px',
    async (path) => {
      const { context, page, errors, foreign, fonts } = await openPage(browser, origin, { viewport: { width: 320, height: 800 } });
      await page.goto(origin + path, { waitUntil: 'load' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
      expect(errors.filter((e) => !(path === '/no-such-page/' && e.includes('404')))).toEqual([]);
      expect(foreign).toEqual([]);
      expect(fonts).toEqual([]);
      if (isChinese(path)) expect(await smallChinese(page)).toEqual([]);
      await context.close();
    },
  );
});

describe('every page at 1280px', () => {
  it.each(paths)('%s fits, logs no error, loads no web font, requests nothing from another origin, and passes axe', async (path) => {
    const { context, page, errors, foreign, fonts } = await openPage(browser, origin, { viewport: { width: 1280, height: 900 } });
    await page.goto(origin + path, { waitUntil: 'load' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
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
