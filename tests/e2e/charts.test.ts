import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../support/browser';
import { chartList, chartSections, scrollStepToLine, settled } from '../support/scrolly';

const origin = inject('origin');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('charts', () => {
  it.each([390, 1280])('regroups the unit chart as the reader scrolls at %ipx', async (width) => {
    const { context, page, errors } = await openPage(browser, origin, { viewport: { width, height: width < 400 ? 844 : 800 } });
    await page.goto(`${origin}/en/union-reform/`);
    await page.locator('[data-chart="organising"]').scrollIntoViewIfNeeded();
    await scrollStepToLine(page, 'organising', 0);
    const first = await settled(page, 'organising');
    // This chart pins at both sizes (its tallest state fits under 60% of the screen).
    expect(first.pinned).toBe(true);
    // Each part's squares (one per 100,000 members) move out of the whole into an outline of the
    // whole total of their own: shown, and 49 outline squares behind each part.
    const shown = (p: number) =>
      page.$$eval(`[data-chart=organising] .scrolly-graphic rect.unit.part-${p}[opacity="1"]`, (els) => els.length);
    expect([await shown(0), await shown(1)]).toEqual([0, 0]);
    await scrollStepToLine(page, 'organising', 1);
    await settled(page, 'organising');
    expect([await shown(0), await shown(1)]).toEqual([17, 0]);
    await scrollStepToLine(page, 'organising', 2);
    await settled(page, 'organising');
    expect([await shown(0), await shown(1)]).toEqual([17, 32]);
    expect(await page.$$eval('[data-chart=organising] .scrolly-graphic rect.unit-ghost', (els) => els.length)).toBe(98);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('highlights the figures of each step in a rows chart', async () => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/zh/rights-and-services/`);
    await page.locator('[data-chart="jobs-2025"]').scrollIntoViewIfNeeded();
    await scrollStepToLine(page, 'jobs-2025', 0);
    await settled(page, 'jobs-2025');
    const on = () =>
      page.$$eval('[data-chart=jobs-2025] .scrolly-graphic .mark.is-on', (els) => els.map((el) => el.getAttribute('data-fig')));
    // The scroll builds the chart up: a pair's bars have no length until their step.
    const drawn = () =>
      page.$$eval(
        '[data-chart=jobs-2025] .scrolly-graphic rect.bar',
        (els) => els.filter((el) => Number(el.getAttribute('width')) > 0).length,
      );
    expect(await on()).toEqual(['job-fairs-box', 'job-fairs']);
    expect(await drawn()).toBe(2);
    await scrollStepToLine(page, 'jobs-2025', 1);
    await settled(page, 'jobs-2025');
    expect(await on()).toEqual(['jobs-offered-box', 'jobs-offered']);
    expect(await drawn()).toBe(4);
    await context.close();
  });

  it('moves through the steps from the keyboard', async () => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/en/political-guidance/`);
    await page.focus('[data-chart=reach] [data-step="0"]');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-chart=reach]')?.dataset['activeStep'] === '1');
    expect(await page.evaluate(() => document.activeElement?.closest('.scrolly-step')?.getAttribute('data-step'))).toBe('1');
    await context.close();
  });

  it('keeps the page from shifting when charts come alive', async () => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 390, height: 800 } });
    await page.goto(`${origin}/en/rights-and-services/`);
    await page.locator('[data-chart="jobs-2025"]').scrollIntoViewIfNeeded();
    await settled(page, 'jobs-2025');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
        }),
    );
    expect(shift).toBe(0);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it.each(['zh', 'en'])('shows every chart (%s) as SVG, step by step, with its data table', async (lang) => {
    const { context, page } = await openPage(browser, origin, { javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    const seen: string[] = [];
    for (const [section] of chartSections) {
      await page.goto(`${origin}/${lang}/${section}/`);
      for (const chart of await page.$$eval('[data-chart]', (els) => els.map((el) => el.getAttribute('data-chart') ?? ''))) {
        const root = `[data-chart="${chart}"]`;
        const steps = await page.locator(`${root} .chart-sequence-step`).count();
        expect(steps, chart).toBeGreaterThanOrEqual(2);
        expect(await page.locator(`${root} .chart-sequence-step svg`).count(), chart).toBe(steps);
        expect(await page.locator(`${root} .chart-data tbody tr`).count(), chart).toBeGreaterThanOrEqual(2);
        expect(await page.locator(`${root} .chart-sequence`).isVisible()).toBe(true);
        seen.push(chart);
      }
    }
    expect(seen.sort()).toEqual(chartList.map((c) => c.id).sort());
    await context.close();
  });
});

describe('chart index and numbers pages', () => {
  it.each(['zh', 'en'])('lists every chart and every figure (%s)', async (lang) => {
    const { context, page } = await openPage(browser, origin);
    await page.goto(`${origin}/${lang}/charts/`);
    expect(await page.locator('[data-chart-card]').count()).toBe(chartList.length);
    await page.goto(`${origin}/${lang}/numbers/`);
    expect(await page.locator('[data-figure]').count()).toBeGreaterThanOrEqual(60);
    // "Appears on" links open the paragraph that prints the figure.
    const href = await page.getAttribute('[data-figure=members-new] a[href*="union-reform"]', 'href');
    expect(href).toMatch(new RegExp(`^/${lang}/union-reform/#p\\d+$`));
    expect(await page.locator('[data-figure=wage-disputes-before]').count()).toBe(1);
    const places = await page.$$eval('[data-figure=wage-disputes-before] a', (els) => els.map((el) => el.getAttribute('href')));
    // Printed in the Tai'an story, which the union-reform section prints in full: both are listed.
    expect(places.some((h) => h?.startsWith(`/${lang}/union-reform/`))).toBe(true);
    expect(places.some((h) => h?.startsWith(`/${lang}/stories/taian-yto/`))).toBe(true);
    await context.close();
  });
});
