import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { sitemapPaths } from './routes';

/**
 * Every page in the sitemap, and the 404 page; the 繁體 pages are the 简体 ones converted, so
 * tests/e2e/traditional.test.ts checks one of each type instead.
 */
export const allPaths = (): string[] => [...sitemapPaths().filter((p) => !p.startsWith('/zh-hant/')), '/no-such-page/'];

/** Horizontal overflow of the page in px (0 when it fits). */
export const overflowX = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Chinese text set below 14px, with the size a reader sees (SVG text scaled with its drawing). */
export function smallChinese(page: Page) {
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

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Serious and critical axe violations of the page as it stands. */
export async function seriousViolations(page: Page): Promise<string[]> {
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
