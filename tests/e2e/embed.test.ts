import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../support/browser';
import { articleWith, readOEmbed, startHostServer } from '../support/host-page';
import { distDir } from '../support/site';

const origin = inject('origin');
const catalogue = JSON.parse(readFileSync(join(distDir, 'charts.json'), 'utf8')) as { id: string }[];
const charts = catalogue.map((c) => c.id);
let browser: Browser;
let host: Awaited<ReturnType<typeof startHostServer>>;

beforeAll(async () => {
  browser = await launch();
  host = await startHostServer();
});
afterAll(async () => {
  await browser.close();
  await host.close();
});

/** The embed's frame once its page has loaded. */
async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[data-striving-embed]');
  await handle.scrollIntoViewIfNeeded();
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no embed frame');
  await frame.waitForSelector('[data-embed]');
  return frame;
}

/** Embed code as the panel gives it (naming the hosted site), pointed at the test server. */
const servedFrom = (code: string) => code.split(new URL(/src="([^"]+)"/.exec(code)?.[1] ?? '').origin).join(origin);
const iframeHeight = (page: Page) => page.$eval('iframe[data-striving-embed]', (el) => el.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.$eval('[data-embed]', (el) => el.getBoundingClientRect().height);

describe.each([320, 900])('pasted into a news page on another origin at %ipx', (width) => {
  it.each(
    charts.flatMap((id) => [
      ['zh', id],
      ['en', id],
    ]),
  )('%s/%s sizes itself, shows the chart and logs no error', async (lang, id) => {
    const { context, page, errors } = await openPage(browser, origin, { viewport: { width, height: 900 } });
    const { html } = readOEmbed(lang, id, origin);
    await page.goto(host.page(`/news/${lang}/${id}/`, articleWith(html, lang)));
    const frame = await embedFrame(page);
    await expect
      .poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))), { timeout: 10_000 })
      .toBeLessThanOrEqual(4);
    expect(await page.$eval('iframe[data-striving-embed]', (el) => (el as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
    expect(await frame.locator('svg.chart-svg').isVisible()).toBe(true);
    const box = await frame.locator('svg.chart-svg').boundingBox();
    expect(box && box.width).toBeGreaterThan(200);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('without the loader', () => {
  it.each(
    charts.flatMap((id) => [
      ['zh', id],
      ['en', id],
    ]),
  )('%s/%s fits its fixed height on a 320px phone', async (lang, id) => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 320, height: 900 } });
    const { html, height } = readOEmbed(lang, id, origin);
    await page.goto(host.page(`/bare/${lang}/${id}/`, articleWith(html.replace(/<script[^>]*><\/script>/, ''), lang)));
    const frame = await embedFrame(page);
    await frame.evaluate(() => document.fonts.ready);
    expect(await iframeHeight(page)).toBe(height);
    expect(await contentHeight(frame)).toBeLessThanOrEqual(height);
    await context.close();
  });
});

describe('the loader', () => {
  it('ignores messages from other origins and of the wrong shape', async () => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 900, height: 900 } });
    await page.goto(host.page('/news/forged/', articleWith(readOEmbed('en', 'family', origin).html)));
    const frame = await embedFrame(page);
    await expect.poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(4);
    const settled = await iframeHeight(page);
    const valid = { type: 'striving-embed:height', version: 1, id: 'family', height: 77 };
    // Every height the loader gives the iframe from here on.
    await page.$eval('iframe[data-striving-embed]', (el) => {
      const seen: string[] = [];
      (window as unknown as { __heights: string[] }).__heights = seen;
      new MutationObserver(() => seen.push(el.getAttribute('height') ?? '')).observe(el, { attributes: true, attributeFilter: ['height'] });
    });
    // From the host page's own origin, with a perfect shape.
    await page.evaluate((m) => window.postMessage(m, '*'), valid);
    // From the embed's origin, with the wrong shape, version or id.
    for (const bad of [
      { ...valid, version: 2 },
      { ...valid, height: '77' },
      { ...valid, id: 'reach' },
      { ...valid, height: 1e7 },
      'pymxPYMxfamilyxPYMxheightxPYMx77',
      { ...valid, type: 'other' },
    ]) {
      await frame.evaluate((m) => window.parent.postMessage(m, '*'), bad);
    }
    // Then the same valid message from the embed itself. Messages arrive in order, so once it is
    // obeyed every message above has been read; the loader sets the height on each message it
    // obeys, so any obeyed forgery would show as a second 77.
    await frame.evaluate((m) => window.parent.postMessage(m, '*'), valid);
    await expect.poll(() => iframeHeight(page)).toBe(77);
    const heights = await page.evaluate(() => (window as unknown as { __heights: string[] }).__heights);
    expect(
      heights.filter((h) => h === '77'),
      heights.join(', '),
    ).toHaveLength(1);
    expect(settled).not.toBe(77);
    await context.close();
  });

  it('also speaks Pym.js and AMP to hosts that do not run our loader', async () => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 900, height: 900 } });
    const listener = `<script>window.seen=[];addEventListener('message',function(e){seen.push(e.data)})</script>`;
    await page.goto(
      host.page('/news/pym/', articleWith(listener + readOEmbed('en', 'reach', origin).html.replace(/<script[^>]*><\/script>/, ''))),
    );
    await embedFrame(page);
    await expect.poll(() => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen.length)).toBeGreaterThanOrEqual(3);
    const seen = await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
    expect(seen.some((m) => typeof m === 'string' && /^pymxPYMxreachxPYMxheightxPYMx\d+$/.test(m))).toBe(true);
    expect(seen).toContainEqual(expect.objectContaining({ sentinel: 'amp', type: 'embed-size' }));
    expect(seen).toContainEqual(expect.objectContaining({ type: 'striving-embed:height', version: 1, id: 'reach' }));
    await context.close();
  });
});

describe('the embed page', () => {
  it('turns the scrolly steps into a stepper moved by buttons and arrow keys', async () => {
    const { context, page, errors } = await openPage(browser, origin, { viewport: { width: 400, height: 800 } });
    await page.goto(`${origin}/en/embed/organising/`);
    const active = () => page.getAttribute('[data-chart=organising]', 'data-active-step');
    const visibleSteps = () => page.locator('.stepper-step:visible').count();
    await expect.poll(active).toBe('0');
    expect(await visibleSteps()).toBe(1);
    expect(await page.isDisabled('[data-step-prev]')).toBe(true);
    await page.click('[data-step-next]');
    expect(await active()).toBe('1');
    await expect.poll(() => page.locator('rect.unit.part-0[opacity="1"]').count()).toBe(17);
    await page.keyboard.press('ArrowRight');
    expect(await active()).toBe('2');
    expect(await page.isDisabled('[data-step-next]')).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await active()).toBe('1');
    await page.click('[data-step-prev]');
    expect(await active()).toBe('0');
    expect(await page.textContent('[data-step-count]')).toBe('Step 1 of 3');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['/en/embed/organising/', 390],
    ['/zh/embed/jobs-2025/', 390],
    ['/zh/embed/places/', 1280],
    ['/en/embed/taian-yto/', 1280],
  ] as const)('%s at %ipx: the buttons stay put through every step and the drawing leaves no blank band', async (path, width) => {
    const { context, page } = await openPage(browser, origin, { viewport: { width, height: 900 } });
    await page.goto(origin + path);
    await page.waitForSelector('[data-chart][data-enhanced="true"]');
    const total = await page.locator('.stepper-step').count();
    const read = () =>
      page.evaluate(() => {
        const next = document.querySelector('[data-step-next]')!.getBoundingClientRect();
        const prev = document.querySelector('[data-step-prev]')!.getBoundingClientRect();
        const frame = document.querySelector('.embed-graphic')!.getBoundingClientRect();
        const body = document.querySelector<SVGGElement>('.embed-graphic svg .chart-body')!.getBoundingClientRect();
        return {
          buttons: [next.left, next.top, prev.left, prev.top].map(Math.round).join(' '),
          band: Math.round(frame.bottom - body.bottom),
        };
      });
    const seen = [await read()];
    for (let step = 1; step < total; step += 1) {
      await page.click('[data-step-next]');
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-chart]')?.dataset['moving'] === undefined);
      seen.push(await read());
    }
    expect(new Set(seen.map((s) => s.buttons)).size, JSON.stringify(seen)).toBe(1);
    for (const s of seen) expect(s.band, JSON.stringify(seen)).toBeLessThanOrEqual(24);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.chart-title')!).fontFamily)).toMatch(
      /Songti|Charter|Georgia|serif/,
    );
    await context.close();
  });

  it('lists every step and the chart without JavaScript', async () => {
    const { context, page } = await openPage(browser, origin, { javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    await page.goto(`${origin}/zh/embed/jobs-2025/`);
    expect(await page.locator('.stepper-step:visible').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('[data-stepper-controls]').isVisible()).toBe(false);
    // The whole drawing, every figure at once; the first step's drawing waits for the script.
    expect(await page.locator('svg.chart-svg-whole').isVisible()).toBe(true);
    expect(await page.locator('svg.chart-svg-step').isVisible()).toBe(false);
    expect(await page.locator('svg.chart-svg-whole .mark').count()).toBeGreaterThan(2);
    await context.close();
  });

  it('keeps its height when the stepper starts, so the host page does not shift', async () => {
    // jobs-2025's drawing does not reflow with the width: any shift would be the switch
    // from the no-script drawing to the stepper's.
    const { context, page, errors } = await openPage(browser, origin, { viewport: { width: 390, height: 844 } });
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__shift += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${origin}/en/embed/jobs-2025/`);
    await page.waitForSelector('[data-chart][data-enhanced="true"]');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.locator('svg.chart-svg').count(), 'the whole drawing is removed').toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is noindex, credits the source and links back to the story in a new tab', async () => {
    const { context, page } = await openPage(browser, origin);
    await page.goto(`${origin}/zh/embed/family/`);
    expect(await page.getAttribute('meta[name=robots]', 'content')).toBe('noindex');
    expect(await page.title()).toContain('图表');
    expect(await page.locator('header, nav, footer').count()).toBe(0);
    // The visible link (the 繁體 twin shows a second one, to the 简体 original, which is hidden here).
    const link = page.locator('a[href*="#chart-family"]:visible');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    expect(await page.getAttribute('link[type="application/json+oembed"]', 'href')).toMatch(/\/zh\/embed\/family\/oembed\.json$/);
    await context.close();
  });

  it('follows ?theme= and ?transparent=1', async () => {
    const { context, page } = await openPage(browser, origin, { colorScheme: 'light' });
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.goto(`${origin}/en/embed/family/?theme=dark`);
    expect(await background()).toBe('rgb(22, 20, 18)');
    await page.goto(`${origin}/en/embed/family/`);
    expect(await background()).toBe('rgb(251, 248, 243)');
    await page.goto(`${origin}/en/embed/family/?transparent=1`);
    expect(await background()).toBe('rgba(0, 0, 0, 0)');
    await context.close();
  });

  it.each(['/zh/embed/organising/', '/en/embed/places/', '/en/embed/jobs-2025/?theme=dark'])(
    '%s passes axe and fits 320px and 1280px',
    async (path) => {
      for (const width of [320, 1280]) {
        const { context, page, errors, foreign } = await openPage(browser, origin, { viewport: { width, height: 900 } });
        await page.goto(origin + path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(
          0,
        );
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
        expect(errors).toEqual([]);
        expect(foreign).toEqual([]);
        await context.close();
      }
    },
  );
});

describe('the Embed control', () => {
  it('shows the code in a disclosure without JavaScript', async () => {
    const { context, page } = await openPage(browser, origin, { javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    await page.goto(`${origin}/en/union-reform/`);
    const control = page.locator('[data-chart=organising] details[data-embed-panel]');
    await control.locator('summary').click();
    expect(await control.locator('textarea').inputValue()).toContain('data-striving-embed="organising"');
    expect(await control.locator('[data-embed-copy]').isVisible()).toBe(false);
    expect(await control.locator('a[href$=".png"]').count()).toBe(1);
    await context.close();
  });

  it('copies the code with one click when scripts run', async () => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(`${origin}/zh/union-reform/`);
    const control = page.locator('[data-chart=organising] details[data-embed-panel]');
    await control.locator('summary').click();
    await control.locator('[data-embed-copy]').click();
    await expect.poll(() => control.locator('[data-embed-status]').textContent()).toBe('代码已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await control.locator('textarea').inputValue());
    await context.close();
  });

  it('sets every option, previews it live, and its code works on another origin', async () => {
    const { context, page, errors } = await openPage(browser, origin, { viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    await page.goto(`${origin}/en/union-reform/`);
    const panel = page.locator('[data-chart=organising] details[data-embed-panel]');
    await panel.locator('summary').click();
    const preview = panel.locator('iframe.chart-embed-frame');
    await expect.poll(() => preview.getAttribute('src')).toBe('/en/embed/organising/');
    await panel.locator('[data-embed-option=edition]').selectOption('zh-hant');
    await panel.locator('input[data-embed-option=theme][value=dark]').check();
    for (const name of ['transparent', 'plain', 'still']) await panel.locator(`[data-embed-option=${name}]`).check();
    expect(await panel.locator('[data-embed-option=step]').isDisabled(), 'a still chart has no steps').toBe(true);
    await expect.poll(() => preview.getAttribute('src')).toBe('/zh-hant/embed/organising/?theme=dark&transparent=1&plain=1&static=1');
    // The preview sizes itself from the height its page reports.
    const frame = page.frameLocator('[data-chart=organising] iframe.chart-embed-frame');
    await expect
      .poll(async () =>
        Math.abs(
          (await preview.evaluate((el) => el.getBoundingClientRect().height)) -
            (await frame.locator('[data-embed]').evaluate((el) => el.getBoundingClientRect().height)),
        ),
      )
      .toBeLessThanOrEqual(4);
    const code = await panel.locator('textarea').inputValue();
    expect(code).toContain('title="新發展的489.4萬名會員中，農民工會員319萬人"');

    // Pasted into a news page on another origin, the frame does what the options say.
    await page.goto(host.page('/news/options/', articleWith(servedFrom(code), 'zh-Hant')));
    const embed = await embedFrame(page);
    const read = () =>
      embed.evaluate(() => ({
        lang: document.documentElement.lang,
        background: getComputedStyle(document.body).backgroundColor,
        theme: document.documentElement.dataset['theme'],
        title: (document.querySelector('.chart-title') as HTMLElement).offsetParent !== null,
        source: [...document.querySelectorAll<HTMLElement>('.embed-footer')].some((el) => el.offsetParent !== null),
        keys: (document.querySelector('.chart-key') as HTMLElement).offsetParent !== null,
        whole: (document.querySelector('svg.chart-svg-whole') as HTMLElement).getBoundingClientRect().height > 0,
        stepper: (document.querySelector('.stepper') as HTMLElement).offsetParent !== null,
      }));
    expect(await read()).toEqual({
      lang: 'zh-Hant',
      background: 'rgba(0, 0, 0, 0)',
      theme: 'dark',
      title: false,
      source: false,
      keys: true,
      whole: true,
      stepper: false,
    });

    // Back to the defaults but for the step: auto colours follow the reader's setting.
    await page.goto(`${origin}/en/union-reform/`);
    await panel.locator('summary').click();
    await panel.locator('[data-embed-option=step]').selectOption('2');
    const stepCode = await panel.locator('textarea').inputValue();
    expect(stepCode).toMatch(/<iframe src="[^"]+\/en\/embed\/organising\/\?step=2"/);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(host.page('/news/step/', articleWith(servedFrom(stepCode))));
    const stepped = await embedFrame(page);
    await stepped.waitForSelector('[data-chart][data-enhanced="true"]');
    expect(await stepped.locator('.stepper-step.is-active').getAttribute('data-step')).toBe('1');
    expect(await stepped.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(22, 20, 18)');
    expect(await stepped.locator('.chart-title').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
