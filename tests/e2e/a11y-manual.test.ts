// What axe cannot see: reflow at 400% zoom, text-spacing overrides (WCAG 1.4.12), focus that
// is visible, unobscured and in order, and contrast of chart marks. The size of Chinese text is
// checked on every page's 320px visit in pages.test.ts.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chartStyleRules } from '../../src/lib/charts/registry';
import { styledClasses } from '../../src/lib/charts/styles';
import { launch, openPage } from '../support/browser';
import { overflowX } from '../support/page-checks';

const origin = inject('origin');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const representative = [
  '/zh/',
  '/en/',
  '/zh/rights-and-services/',
  '/en/building-achievement/',
  '/zh/stories/li-junqi/',
  '/en/numbers/',
  '/zh/search/',
  '/en/about/',
  '/zh/embed/organising/',
];

async function open(path: string, options: Parameters<typeof openPage>[2] = {}) {
  const opened = await openPage(browser, origin, { viewport: { width: 320, height: 800 }, ...options });
  await opened.page.goto(origin + path, { waitUntil: 'load' });
  return opened;
}

/** Elements whose content is cut off: overflow hidden or clipped, and more content than box. */
function clippedText(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const style = getComputedStyle(el);
        const clips = (v: string) => v === 'hidden' || v === 'clip';
        if (!clips(style.overflowX) && !clips(style.overflowY)) return false;
        // Visually hidden text for screen readers is clipped on purpose.
        if (el.clientWidth <= 1 || el.clientHeight <= 1 || el.closest('svg')) return false;
        return (
          (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1) ||
          (clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
        );
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );
}

describe('reflow at 400% zoom (1280×1024 shown as 320×256 CSS px)', () => {
  it.each(representative)('%s scrolls in one direction only and no content is hidden under pinned parts', async (path) => {
    const { context, page } = await open(path, { viewport: { width: 320, height: 256 } });
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    expect(await clippedText(page)).toEqual([]);
    // Bring each block of text to the middle of the screen: it must be the topmost thing there.
    const covered = await page.evaluate(async () => {
      const blocks = [...document.querySelectorAll<HTMLElement>('main p, main li, main h2, main td')].filter(
        (el) =>
          el.getClientRects().length &&
          el.clientWidth > 1 &&
          el.textContent?.trim() &&
          !el.closest('details:not([open]), dialog, [hidden]'),
      );
      const out: string[] = [];
      for (const el of blocks) {
        el.scrollIntoView({ block: 'center', behavior: 'instant' });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const box = el.getBoundingClientRect();
        const x = Math.min(box.left + 8, innerWidth - 1);
        const y = box.top + Math.min(box.height / 2, 8);
        const hit = document.elementFromPoint(x, y);
        if (hit && hit !== el && !el.contains(hit) && !hit.contains(el))
          out.push(
            `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 20)}” under ${hit.tagName.toLowerCase()}.${hit.getAttribute('class') ?? ''}`,
          );
      }
      return out;
    });
    expect(covered).toEqual([]);
    await context.close();
  });
});

// WCAG 1.4.12: readers' own spacing must not cut off text.
const textSpacing = `*, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

describe('text-spacing overrides (WCAG 1.4.12)', () => {
  describe.each([320, 1280])('at %ipx', (width) => {
    it.each(representative)('%s clips nothing and does not overflow', async (path) => {
      // A reader's style override (a user stylesheet or an extension) is not bound by the page's CSP.
      const { context, page } = await open(path, { viewport: { width, height: 800 }, bypassCSP: true });
      await page.addStyleTag({ content: textSpacing });
      // Laid out again with the new spacing: two frames after the style is in.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await overflowX(page)).toBeLessThanOrEqual(0);
      expect(await clippedText(page)).toEqual([]);
      await context.close();
    });
  });
});

/** Describes the focused element and whether its focus is visible and on top. */
function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none';
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(
      Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1),
      Math.min(Math.max(box.top + Math.min(box.height / 2, 10), 0), innerHeight - 1),
    );
    const onScreen = box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
    // Position in document order, so a sequence of states can be checked for order. Counted
    // outside drawings: a chart step adds and removes its callouts in the SVG before the steps,
    // and when the old ones leave depends on how fast the transition ran.
    const all = [...document.querySelectorAll('*')].filter((e) => !e.closest('svg'));
    return {
      label: `${el.tagName.toLowerCase()} “${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 24)}”`,
      visible: outline || ring,
      onTop: onScreen && !!hit && (hit === el || el.contains(hit)),
      index: all.indexOf(el),
      inDialog: !!el.closest('dialog[open]'),
      inHeader: !!el.closest('header'),
    };
  });
}

type FocusState = NonNullable<Awaited<ReturnType<typeof focusState>>>;

/** Presses Tab `times` times and records where focus lands each time. */
/**
 * Waits until the page stands still around the focused element: focus may scroll the page, and
 * a focused chart step is aligned with its reading line once the chart code runs, so what covers
 * what is only settled a few frames later (on a busy machine, later still).
 */
async function untilStill(page: Page): Promise<void> {
  await page.evaluate(() => {
    delete (window as unknown as { __focusStill?: unknown }).__focusStill;
  });
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __focusStill?: { at: string; frames: number } };
      const box = (document.activeElement ?? document.body).getBoundingClientRect();
      const at = `${scrollY}:${box.top}:${box.left}`;
      w.__focusStill = w.__focusStill?.at === at ? { at, frames: w.__focusStill.frames + 1 } : { at, frames: 0 };
      return w.__focusStill.frames >= 4;
    },
    undefined,
    { polling: 'raf', timeout: 5_000 },
  );
}

async function tabThrough(page: Page, times: number): Promise<FocusState[]> {
  const seen: FocusState[] = [];
  for (let i = 0; i < times; i += 1) {
    await page.keyboard.press('Tab');
    await untilStill(page);
    const state = await focusState(page);
    expect(state, `tab ${i + 1}`).not.toBeNull();
    seen.push(state!);
  }
  return seen;
}

/** Every stop showed its focus, was not covered, and came after the one before in the document. */
function expectVisibleInOrder(seen: FocusState[]): void {
  for (const state of seen) expect([state.label, state.visible, state.onTop]).toEqual([state.label, true, true]);
  expect(seen.map((s) => s.index)).toEqual([...seen.map((s) => s.index)].sort((a, b) => a - b));
}

describe('keyboard focus is visible, unobscured and in order', () => {
  it.each([
    ['zh', 320],
    ['en', 1280],
  ] as const)('through the header (%s, %ipx)', async (lang, width) => {
    const { context, page } = await open(`/${lang}/introduction/`, { viewport: { width, height: 800 } });
    const seen = await tabThrough(page, 8);
    expectVisibleInOrder(seen);
    // Skip link, home, contents, 简 · 繁 · EN, search, then the page itself.
    expect(seen.slice(1, 7).every((s) => s.inHeader)).toBe(true);
    expect(seen[7]!.inHeader).toBe(false);
    await context.close();
  });

  it('through the open contents menu, in order', async () => {
    const { context, page } = await open('/en/introduction/', { viewport: { width: 320, height: 800 } });
    await page.locator('header summary').focus();
    await page.keyboard.press('Enter');
    expectVisibleInOrder(await tabThrough(page, 8));
    await context.close();
  });

  it('inside the search dialog, which keeps focus and returns it on Escape', async () => {
    const { context, page } = await open('/zh/introduction/', { viewport: { width: 320, height: 700 } });
    const trigger = page.locator('[data-search-open]');
    await trigger.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[open]');
    const first = await focusState(page);
    expect(first?.inDialog).toBe(true);
    expect(first?.label).toMatch(/^input/);
    await page.keyboard.type('工匠');
    await page.waitForSelector('dialog[open] li a', { timeout: 10_000 });
    let inPage = 0;
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      const state = await focusState(page);
      // Chromium lets Tab leave a modal dialog for the browser's own controls (no element of
      // the page is focused then), never for the page behind the dialog.
      if (!state) continue;
      inPage += 1;
      expect([state.label, state.inDialog, state.visible, state.onTop]).toEqual([state.label, true, true, true]);
    }
    // The browser's controls take at most one stop per round through the dialog.
    expect(inPage).toBeGreaterThanOrEqual(6);
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await trigger.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('through the chart steps of an article, each on top of the pinned chart', async () => {
    // Tai'an's chart pins above its cards on a 320×640 phone in both languages.
    const { context, page } = await open('/en/union-reform/', { viewport: { width: 320, height: 640 } });
    const steps = page.locator('#chart-taian-yto .scrolly-step');
    await steps.first().focus();
    // The chart's code loads as the chart nears the screen, then aligns the focused step with its
    // reading line: on a busy machine the page can stand still for a few frames before it does.
    await page.waitForSelector('#chart-taian-yto[data-enhanced]', { state: 'attached' });
    await untilStill(page);
    const first = (await focusState(page))!;
    expectVisibleInOrder([first, ...(await tabThrough(page, (await steps.count()) - 1))]);
    await context.close();
  });

  it('through an embed stepper', async () => {
    const { context, page } = await open('/zh/embed/family/', { viewport: { width: 320, height: 600 } });
    await page.locator('[data-step-next]').focus();
    const next = (await focusState(page))!;
    expect([next.visible, next.onTop]).toEqual([true, true]);
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-step-prev]').isEnabled()).toBe(true);
    await page.keyboard.press('Shift+Tab');
    const prev = (await focusState(page))!;
    expect(prev.label).toMatch(/^button/);
    // Document order now: the step's drawing (its callouts) may have changed the count before it.
    expect(prev.index).toBeLessThan(
      await page.$eval('[data-step-next]', (el) => [...document.querySelectorAll('*')].filter((e) => !e.closest('svg')).indexOf(el)),
    );
    expect([prev.visible, prev.onTop]).toEqual([true, true]);
    await context.close();
  });
});

// Every shape of every chart type that its style rules colour (src/lib/charts/types/…).
const markShapes = [...styledClasses(chartStyleRules)].map((c) => `rect.${c}, circle.${c}, path.${c}`).join(', ');

// Context marks (a step's figures not in focus, a whole read against its part) and outlines of
// what is still to come are quiet on purpose: their values are printed as text, and the step
// test (scrolly-layout.test.ts) holds every highlight to 3:1 against them and the ground.
describe('chart marks meet 3:1 against the chart background', () => {
  it.each(['light', 'dark'] as const)('%s theme, every chart in both languages', async (colorScheme) => {
    for (const lang of ['zh', 'en']) {
      const { context, page } = await open(`/${lang}/charts/`, { viewport: { width: 1280, height: 900 }, colorScheme });
      const low = await page.evaluate((shapes) => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 4).map(Number);
        const lum = ([r = 0, g = 0, b = 0]: number[]) => {
          const ch = (v: number) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          };
          return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
        };
        const ratio = (a: string, b: string) => {
          const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p);
          return (x! + 0.05) / (y! + 0.05);
        };
        const background = (el: Element | null): string => {
          for (let node = el; node; node = node.parentElement) {
            const bg = getComputedStyle(node).backgroundColor;
            const alpha = rgb(bg)[3];
            if (bg !== 'transparent' && alpha !== 0) return bg;
          }
          return 'rgb(255, 255, 255)';
        };
        const out: string[] = [];
        let checked = 0;
        for (const svg of document.querySelectorAll('svg.chart-svg')) {
          const bg = background(svg.parentElement);
          for (const mark of svg.querySelectorAll<SVGElement>(shapes)) {
            if (mark.matches('.is-off, .unit-ghost, .symbol-ghost, .bar-ground, .is-off *')) continue;
            const style = getComputedStyle(mark);
            // A hollow mark (the compared figure) is drawn by its outline.
            const colour = style.fill === bg || style.fill === 'none' ? style.stroke : style.fill;
            checked += 1;
            const r = ratio(colour, bg);
            if (r < 3)
              out.push(`${svg.closest('figure')?.id} ${mark.tagName}.${mark.getAttribute('class')}: ${colour} on ${bg} = ${r.toFixed(2)}`);
          }
          for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
            const r = ratio(getComputedStyle(text).fill, bg);
            if (r < 4.5) out.push(`${svg.closest('figure')?.id} text “${text.textContent}”: ${r.toFixed(2)} (text needs 4.5)`);
          }
        }
        return { out: [...new Set(out)], checked };
      }, markShapes);
      expect(low.checked).toBeGreaterThan(100);
      expect(low.out).toEqual([]);
      await context.close();
    }
  });
});
