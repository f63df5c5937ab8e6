import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../support/browser';

const origin = inject('origin');
const chartPages: Record<string, string> = {
  reach: 'political-guidance', 'craftsman-ladder': 'building-achievement', 'jobs-2025': 'rights-and-services',
  'rights-chain': 'rights-and-services', care: 'rights-and-services', organising: 'union-reform', 'taian-yto': 'union-reform',
};
let browser: Browser;

beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser.close(); });

/** Scrolls a step to the middle of the viewport, where the scrolly observer makes it current. */
async function scrollToStep(page: Page, chart: string, step: number) {
  await page.evaluate(([c, s]) => {
    const el = document.querySelector(`[data-chart="${c}"] [data-step="${s}"]`);
    if (el) window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2 + 10);
  }, [chart, step] as const);
  await page.waitForFunction(([c, s]) => document.querySelector<HTMLElement>(`[data-chart="${c}"]`)?.dataset['activeStep'] === String(s), [chart, step] as const);
}

describe('scrollytelling', () => {
  it.each([320, 1280])('regroups the unit chart as the reader scrolls at %ipx', async (width) => {
    const { context, page, errors } = await openPage(browser, origin, { viewport: { width, height: 800 } });
    await page.goto(`${origin}/en/union-reform/`);
    const groups = () => page.$$eval('[data-chart=organising] rect.unit', (els) => els.map((el) => el.getAttribute('data-group')));
    expect(new Set(await groups())).toEqual(new Set(['total', 'extra']));
    await scrollToStep(page, 'organising', 1);
    const parts = await groups();
    expect(parts.filter((g) => g === 'part-0')).toHaveLength(170);
    expect(parts.filter((g) => g === 'part-1')).toHaveLength(319);
    await scrollToStep(page, 'organising', 2);
    await page.waitForTimeout(800);
    const visibleExtra = await page.$$eval('[data-chart=organising] rect.unit[data-group=extra]', (els) => els.filter((el) => el.getAttribute('opacity') === '1').length);
    expect(visibleExtra).toBe(6);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('highlights the figures of each step in a dot chart', async () => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 390, height: 800 } });
    await page.goto(`${origin}/zh/rights-and-services/`);
    const on = () => page.$$eval('[data-chart=rights-chain] .mark.is-on', (els) => els.map((el) => el.getAttribute('data-fig')));
    expect(await on()).toEqual(['legal-supervision-orgs', 'legal-checkup-enterprises']);
    await scrollToStep(page, 'rights-chain', 1);
    expect(await on()).toEqual(['one-letter-box', 'one-letter']);
    await context.close();
  });

  it('moves through the steps from the keyboard', async () => {
    const { context, page } = await openPage(browser, origin);
    await page.goto(`${origin}/en/building-achievement/`);
    await page.focus('[data-chart=craftsman-ladder] [data-step="0"]');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-chart=craftsman-ladder]')?.dataset['activeStep'] === '1');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-chart=craftsman-ladder]')?.dataset['activeStep'] === '2');
    await context.close();
  });

  it('changes state without animation when the reader prefers reduced motion', async () => {
    const { context, page } = await openPage(browser, origin, { reducedMotion: 'reduce', viewport: { width: 390, height: 800 } });
    await page.goto(`${origin}/zh/union-reform/`);
    await page.focus('[data-chart=organising] [data-step="1"]');
    // With transitions off, the last square is at its final place in the same frame.
    const moved = await page.evaluate(() => new Promise<[string | null, string | null]>((resolve) => {
      requestAnimationFrame(() => {
        const last = document.querySelector('[data-chart=organising] rect.unit[data-key=m489]');
        resolve([last?.getAttribute('y') ?? null, last?.getAttribute('data-group') ?? null]);
      });
    }));
    await page.waitForTimeout(700);
    const settled = await page.getAttribute('[data-chart=organising] rect.unit[data-key=m489]', 'y');
    expect(moved[1]).toBe('rest');
    expect(moved[0]).toBe(settled);
    await context.close();
  });

  it('keeps the page from shifting when charts come alive', async () => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 390, height: 800 } });
    await page.goto(`${origin}/en/rights-and-services/`);
    const shift = await page.evaluate(() => new Promise<number>((resolve) => {
      let total = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => resolve(total), 500);
    }));
    expect(shift).toBe(0);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it.each(['zh', 'en'])('shows every chart (%s) as SVG with its steps and data table', async (lang) => {
    const { context, page } = await openPage(browser, origin, { javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    const seen: string[] = [];
    for (const section of new Set(Object.values(chartPages))) {
      await page.goto(`${origin}/${lang}/${section}/`);
      for (const chart of await page.$$eval('[data-chart]', (els) => els.map((el) => el.getAttribute('data-chart') ?? ''))) {
        const root = `[data-chart="${chart}"]`;
        expect(await page.locator(`${root} svg .mark, ${root} svg rect.unit`).count(), chart).toBeGreaterThan(1);
        expect(await page.locator(`${root} .scrolly-step`).count(), chart).toBeGreaterThanOrEqual(3);
        expect(await page.locator(`${root} .chart-data tbody tr`).count(), chart).toBeGreaterThanOrEqual(2);
        expect(await page.locator(`${root} svg`).isVisible()).toBe(true);
        seen.push(chart);
      }
    }
    expect(seen.sort()).toEqual(Object.keys(chartPages).sort());
    await context.close();
  });
});

describe('chart index and numbers pages', () => {
  it.each(['zh', 'en'])('lists every chart and every figure (%s)', async (lang) => {
    const { context, page } = await openPage(browser, origin);
    await page.goto(`${origin}/${lang}/charts/`);
    expect(await page.locator('[data-chart-card]').count()).toBe(Object.keys(chartPages).length);
    await page.goto(`${origin}/${lang}/numbers/`);
    expect(await page.locator('[data-figure]').count()).toBeGreaterThanOrEqual(60);
    const href = await page.getAttribute('[data-figure=members-new] a[href*="union-reform"]', 'href');
    expect(href).toBe(`/${lang}/union-reform/`);
    await context.close();
  });
});
