import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../support/browser';
import { chartSections, stepCount, scrollStepToLine, settled, visibleProblems } from '../support/scrolly';

const origin = inject('origin');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const sizes = { 320: 640, 390: 844, 1280: 800, 1440: 900 } as const;

// Apart from scrolly.test.ts so the two halves run side by side, one per core.
describe.each(['zh', 'en'] as const)('chart layout in %s', (lang) => {
  it.each(Object.keys(sizes).map(Number) as (keyof typeof sizes)[])(
    'never covers a highlighted mark with a step card and never clips a label, at %ipx',
    async (width) => {
      const { context, page } = await openPage(browser, origin, { viewport: { width, height: sizes[width] } });
      const problems: string[] = [];
      let checked = 0;
      for (const [section, charts] of chartSections) {
        await page.goto(`${origin}/${lang}/${section}/`);
        for (const { id } of charts) {
          await page.locator(`[data-chart="${id}"]`).scrollIntoViewIfNeeded();
          const state = await settled(page, id);
          const count = state.pinned ? await stepCount(page, id) : 1;
          for (let step = 0; step < count; step += 1) {
            if (state.pinned) {
              await scrollStepToLine(page, id, step);
              const now = await settled(page, id);
              expect(now.active, `${id} step ${step + 1}`).toBe(step);
            }
            checked += 1;
            problems.push(...(await visibleProblems(page, id)).map((p) => `${section} ${id} step ${step + 1}: ${p}`));
          }
        }
      }
      console.log(`chart layout ${lang} ${width}px: ${checked} states checked, ${problems.length} problems`);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});
