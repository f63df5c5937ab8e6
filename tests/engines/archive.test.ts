import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needsProbe, type EnginePage } from '../support/engines';
import { injectProbe } from '../support/engines/probe';
import { unzipArchive } from '../support/archive';
import { distFiles } from '../support/site';
import { engineName, expectNoLogs, inPage, scrollStepToLine, useEngine, widths } from './harness';

const engine = useEngine();
let dir = '';
// Set only once the archive is unzipped: a failed setup leaves nothing to delete.
let removeArchive = () => {};

beforeAll(() => {
  ({ dir, remove: removeArchive } = unzipArchive());
  // WebKit reads errors through the probe; the other engines get the archive as readers do.
  if (needsProbe(engineName)) {
    for (const file of distFiles(dir, dir).filter((f) => f.endsWith('.html'))) {
      writeFileSync(join(dir, file), injectProbe(readFileSync(join(dir, file), 'utf8')));
    }
  }
});
afterAll(() => {
  removeArchive();
});

async function follow(page: EnginePage, selector: string, end: string) {
  await page.click(selector);
  await page.waitFor(
    (e: string) => location.href.endsWith(e) && document.readyState === 'complete',
    { message: `a page ending ${end}` },
    end,
  );
}

describe(`${engineName}: the offline archive over file://`, () => {
  it.each(widths)('at %ipx: index.html → 中文 → a section whose chart steps change → offline search finds 工匠', async (width) => {
    await inPage(engine(), width, async (page) => {
      await page.goto(pathToFileURL(join(dir, 'index.html')).href);
      await follow(page, '[data-lang-choice="zh"]', '/zh/index.html');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      await follow(page, 'main a[href="union-reform/index.html"]', '/zh/union-reform/index.html');
      expect(await page.evaluate(() => getComputedStyle(document.body).display), 'CSS applied over file://').toBe('flex');

      // The deferred classic bundle enhances the chart, and scrolling moves its steps.
      await page.waitFor(() => document.querySelector<HTMLElement>('[data-chart="organising"]')?.dataset['enhanced'] === 'true', {
        message: 'the chart enhanced',
      });
      for (const step of [1, 2, 0]) {
        expect(await page.evaluate(scrollStepToLine, 'organising', step)).toBe(true);
        await page.waitFor(
          (s: number) => document.querySelector<HTMLElement>('[data-chart="organising"]')?.dataset['activeStep'] === String(s),
          { message: `data-active-step="${step}"` },
          step,
        );
      }

      // The archive's own search page, reached from the header's menu.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.click('header summary');
      await follow(page, '[data-offline-search-link]', '/zh/search/index.html');
      await page.click('input[type=search]');
      await page.type('工匠');
      const results = await page.waitFor(
        () => {
          const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-offline-search-results] a')];
          return links.length > 0 ? links.map((a) => a.href) : null;
        },
        { message: 'offline search results for 工匠' },
      );
      expect(results.every((href) => href.startsWith('file://') && href.includes('/zh/'))).toBe(true);
      expectNoLogs(await page.logs());
    });
  });
});
