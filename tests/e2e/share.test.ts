import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../support/browser';
import { seriousViolations } from '../support/page-checks';
import { scrollStepToLine } from '../support/scrolly';
import { distDir } from '../support/site';

const origin = inject('origin');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const panel = '[data-chart=places] details.chart-share';

describe("a chart's own page", () => {
  it('has the finding as its title, the chart, its data and source, a way into the report, and the chart as its card', async () => {
    const { context, page, errors } = await openPage(browser, origin, { viewport: { width: 390, height: 844 } });
    await page.goto(`${origin}/zh/charts/places/`);
    const title = await page.locator('main h1').textContent();
    expect(title).toBe('工会驿站和工会妈妈小屋的数量远超其他服务阵地');
    expect(await page.title()).toContain(title ?? '');
    expect(await page.locator('[data-chart=places] svg.chart-svg').first().isVisible()).toBe(true);
    expect(await page.locator('[data-chart=places] table').count()).toBe(1);
    expect(await page.locator('[data-chart=places] figcaption').textContent()).toContain('来源');
    expect(await page.locator('a[href="/zh/rights-and-services/#chart-places"]').count()).toBeGreaterThan(0);
    const card = await page.getAttribute('meta[property="og:image"]', 'content');
    expect(card).toMatch(/\/og\/zh\/charts\/places\.png$/);
    expect(existsSync(join(distDir, new URL(card ?? '').pathname))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the share control', () => {
  it('falls back to copying the link, and copies the step being read', async () => {
    const { context, page, errors } = await openPage(browser, origin, { viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    // A browser with no share sheet.
    await page.addInitScript(() => delete (Navigator.prototype as { share?: unknown }).share);
    await page.goto(`${origin}/zh/rights-and-services/`);
    const share = page.locator(panel);
    await share.locator('summary').click();
    const url = await share.locator('.chart-share-url a').textContent();
    expect(url).toMatch(/^https?:\/\/[^/]+\/zh\/charts\/places\/$/);
    expect(await share.locator('[data-share-native]').isVisible()).toBe(false);
    await share.locator('[data-share-copy]').click();
    await expect.poll(() => share.locator('[data-share-status]').textContent()).toBe('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    await scrollStepToLine(page, 'places', 1);
    await expect.poll(() => page.locator('[data-chart=places] .scrolly-step.is-active').getAttribute('id')).toBe('chart-places-2');
    // Clicking scrolls the control into view, which moves the chart on: the link is to the step
    // active when the button is pressed, whichever that is, and never the bare page.
    await share.locator('[data-share-step]').click();
    const active = await page.locator('[data-chart=places] .scrolly-step.is-active').getAttribute('id');
    expect(active).toMatch(/^chart-places-\d$/);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${url}#${active ?? ''}`);
    // The QR code is an image of its own, loaded once the control opens.
    expect(await share.locator('img.chart-share-qr').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens the system share sheet where there is one, with the chart's page", async () => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.addInitScript(() => {
      const w = window as unknown as { shared: ShareData[] };
      w.shared = [];
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (data: ShareData) => (w.shared.push(data), Promise.resolve()),
      });
    });
    await page.goto(`${origin}/en/charts/places/`);
    const share = page.locator(panel);
    await share.locator('summary').click();
    await share.locator('[data-share-native]').click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared).toEqual([
      { title: await page.locator('main h1').textContent(), url: await share.locator('.chart-share-url a').textContent() },
    ]);
    await context.close();
  });

  it('shows the link and the QR code without JavaScript', async () => {
    const { context, page } = await openPage(browser, origin, { javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
    await page.goto(`${origin}/zh-hant/charts/places/`);
    const share = page.locator(panel);
    await share.locator('summary').click();
    expect(await share.locator('.chart-share-url a').getAttribute('href')).toBe('/zh-hant/charts/places/');
    expect(await share.locator('img.chart-share-qr').getAttribute('src')).toBe('/qr/zh-hant/charts/places.svg');
    expect(await share.locator('button:visible').count()).toBe(0);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('passes axe with the share and embed panels open (%s)', async (colorScheme) => {
    const { context, page } = await openPage(browser, origin, { viewport: { width: 1280, height: 900 }, colorScheme });
    await page.goto(`${origin}/en/charts/places/`);
    for (const summary of await page.locator('[data-chart=places] details > summary').all()) await summary.click();
    await page.locator('[data-chart=places] iframe.chart-embed-frame').waitFor();
    // From the top, so no control is half under the sticky site header when axe measures targets.
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the Cite control', () => {
  it('gives the citation dated the day it is read, copies it, and downloads BibTeX and RIS of that day', async () => {
    const { context, page, errors } = await openPage(browser, origin, { viewport: { width: 390, height: 844 }, acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.clock.setFixedTime(new Date(2027, 2, 5, 10, 0));
    await page.goto(`${origin}/zh/numbers/`);
    const cite = page.locator('#fig-lectures-events details[data-cite]');
    await cite.locator('summary').click();
    const text = await cite.locator('[data-cite-text]').textContent();
    expect(text).toMatch(
      /^山东省总工会, 刘磊, 冯路\. 开展宣讲：3\.5万余\[EB\/OL\]\. 奋斗的礼赞 [\d.]+版, \d{4}\[2027-03-05\]\. .+\/zh\/numbers\/#fig-lectures-events\.$/,
    );
    await cite.locator('[data-cite-copy]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    for (const [format, stamp] of [
      ['bibtex', 'accessed 2027-03-05'],
      ['ris', 'M1  - 2027/3/5/'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), cite.locator(`[data-cite-download=${format}]`).click()]);
      expect(download.suggestedFilename()).toBe(`striving-figure-lectures-events.${format === 'bibtex' ? 'bib' : 'ris'}`);
      const body = readFileSync((await download.path()) ?? '', 'utf8');
      expect(body).toContain(stamp);
      expect(body).toContain('开展宣讲');
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
