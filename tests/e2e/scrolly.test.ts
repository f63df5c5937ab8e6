import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../support/browser';
import { chartSections, stepCount, readState, scrollStepToLine, settled } from '../support/scrolly';

const origin = inject('origin');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const sizes = { 320: 640, 390: 844, 1280: 800, 1440: 900 } as const;

/** Every way of moving ends with the chart showing the step at its reading line. */
async function expectInStep(page: Page, chart: string, how: string) {
  const state = await settled(page, chart);
  expect(state.active, `${chart} after ${how} (line ${state.line})`).toBe(state.expected);
}

// How scrolling maps to steps does not depend on the language; the cards' heights do. Chinese
// runs at every width, English at a common phone's (scrolly-layout.test.ts reads every step of
// both languages at every width).
const widths = { zh: [320, 390, 1280], en: [390] } as const;

describe.each(['zh', 'en'] as const)('scrollytelling in %s', (lang) => {
  describe.each(widths[lang])('at %ipx', (width) => {
    it.each(chartSections)(
      'keeps every chart on %s in the state of the step at the reading line, however the reader moves',
      async (section, charts) => {
        const { context, page, errors } = await openPage(browser, origin, { viewport: { width, height: sizes[width] } });
        await page.goto(`${origin}/${lang}/${section}/`);
        for (const { id } of charts) {
          await page.locator(`[data-chart="${id}"]`).scrollIntoViewIfNeeded();
          const first = await settled(page, id);
          // A chart too tall to pin on this phone is read step by step; its sequence shows.
          if (!first.pinned) {
            expect(await page.locator(`#chart-${id}-sequence`).isVisible(), `${id} sequence`).toBe(true);
            continue;
          }
          const count = await stepCount(page, id);
          // From above the chart to past its last step, alternating a wheel notch (100 px) and a
          // flick (300 px): a step passed over between two reads must still be caught up.
          await page.evaluate(
            (c) =>
              window.scrollTo(0, (document.querySelector(`[data-chart="${c}"]`)?.getBoundingClientRect().top ?? 0) + scrollY - innerHeight),
            id,
          );
          const end = await page.evaluate(
            (c) => (document.querySelector(`[data-chart="${c}"]`)?.getBoundingClientRect().bottom ?? 0) + scrollY,
            id,
          );
          for (let y = await page.evaluate(() => scrollY), n = 0; y < end; n += 1) {
            const delta = n % 2 === 0 ? 100 : 300;
            y += delta;
            await page.mouse.wheel(0, delta);
            const state = await readState(page, id);
            if (!state.moving) expect(state.active, `${id} at scrollY ${y}`).toBe(state.expected);
          }
          await expectInStep(page, id, 'wheel');
          // Jumps of a whole viewport, back up through the chart.
          for (let i = 0; i < count + 1; i += 1) {
            await page.evaluate(() => window.scrollBy(0, -innerHeight));
            await expectInStep(page, id, `jump ${i}`);
          }
          // PageDown from the first step, then End and back.
          await scrollStepToLine(page, id, 0);
          // The keys scroll the page, as they do when nothing in it has focus.
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          for (let i = 0; i < 2; i += 1) {
            await page.keyboard.press('PageDown');
            await expectInStep(page, id, 'PageDown');
          }
          await page.keyboard.press('End');
          await expectInStep(page, id, 'End');
          await page.keyboard.press('Home');
          await expectInStep(page, id, 'Home');
          // A link to a step (#chart-…), and the same link opened as a fresh page.
          const anchor = await page.$eval(`[data-chart="${id}"] .scrolly-step:last-child`, (el) => el.id);
          await page.evaluate((a) => {
            location.hash = a;
          }, anchor);
          const linked = await settled(page, id);
          expect(linked.active, `${id} #${anchor}`).toBe(count - 1);
          expect(linked.expected).toBe(count - 1);
        }
        // Opened at a step's link; then reloaded in mid-page.
        const last = charts.at(-1);
        if (last) {
          const anchor = await page.$eval(`[data-chart="${last.id}"] .scrolly-step:nth-child(2)`, (el) => el.id).catch(() => '');
          if (anchor) {
            // A fresh page: from the same page, a link to the hash it already has would not scroll.
            await page.goto('about:blank');
            await page.goto(`${origin}/${lang}/${section}/#${anchor}`);
            const state = await settled(page, last.id);
            if (state.pinned) {
              expect(state.active, `opened at #${anchor}`).toBe(1);
              await page.reload();
              await expectInStep(page, last.id, 'reload');
            }
          }
        }
        expect(errors).toEqual([]);
        await context.close();
      },
    );
  });

  it('opens a search result for a figure with every chart in the state of its step', async () => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 390, height: 844 } });
    // A figure record opens its paragraph with a text fragment, as the search results do.
    await page.goto(`${origin}/${lang}/union-reform/#p110:~:text=${lang === 'zh' ? '489.4%E4%B8%87' : '4.894%20million'}`);
    await expectInStep(page, 'organising', 'search result');
    await context.close();
  });
});

describe('reading choices', () => {
  it('changes state without animation when the reader prefers reduced motion', async () => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(`${origin}/en/union-reform/`);
    await page.locator('[data-chart="organising"]').scrollIntoViewIfNeeded();
    await settled(page, 'organising');
    await scrollStepToLine(page, 'organising', 1);
    // In the very next frames the squares are already in their parts, with nothing moving.
    const state = await readState(page, 'organising');
    expect(state.active).toBe(1);
    expect(state.moving).toBe(false);
    expect(await page.$$eval('[data-chart=organising] .scrolly-graphic rect.unit.part-0[opacity="1"]', (els) => els.length)).toBe(17);
    await context.close();
  });

  it('reads step by step when chosen, keeps the choice across pages, and prints the sequence', async () => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 390, height: 844 } });
    await page.goto(`${origin}/zh/union-reform/`);
    await page.getByLabel('逐步平铺').check();
    expect(await page.locator('[data-chart="organising"] .scrolly').isVisible()).toBe(false);
    expect(await page.locator('#chart-organising-sequence svg').count()).toBe(3);
    await page.goto(`${origin}/zh/rights-and-services/`);
    expect(await page.evaluate(() => document.documentElement.dataset['reading'])).toBe('plain');
    expect(await page.locator('#chart-places-sequence').isVisible()).toBe(true);
    await page.getByLabel('随滚动变化').check();
    expect(await page.locator('[data-chart="places"] .scrolly').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#chart-places-sequence').isVisible()).toBe(true);
    expect(await page.locator('[data-chart="places"] .scrolly').isVisible()).toBe(false);
    await context.close();
  });

  it('shows the step-by-step sequence without JavaScript', async () => {
    const { context, page } = await openPage(browser, origin, { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/en/rights-and-services/`);
    for (const id of ['jobs-2025', 'family', 'places']) {
      expect(await page.locator(`#chart-${id}-sequence`).isVisible(), id).toBe(true);
      expect(await page.locator(`#chart-${id}-sequence svg`).count(), id).toBeGreaterThanOrEqual(2);
    }
    await context.close();
  });

  it('tells screen readers each step’s state once, politely, and hides the pinned graphic while the steps speak', async () => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/en/rights-and-services/`);
    await page.locator('[data-chart="family"]').scrollIntoViewIfNeeded();
    await settled(page, 'family');
    expect(await page.$eval('[data-chart="family"] .scrolly-graphic svg', (el) => el.getAttribute('aria-hidden'))).toBe('true');
    await scrollStepToLine(page, 'family', 2);
    await settled(page, 'family');
    const status = await page.$eval('[data-chart="family"] [data-chart-status]', (el) => ({
      text: el.textContent,
      live: el.getAttribute('aria-live'),
    }));
    expect(status.live).toBe('polite');
    expect(status.text).toMatch(/^Highlighted: Workers. children given grants in the 29th “Education Aid” campaign: 14,700; /);
    expect(await page.$eval('[data-chart="family"] .scrolly-step:nth-child(3) > p.sr-only', (el) => el.textContent)).toBe(status.text);
    await context.close();
  });
});
