// Every step of every chart, at the position where it is read (its card's top at the chart's
// reading line), at each size and in both languages: nothing paints over the marks or labels,
// the card is whole, labels fit and break as Chinese is set, ticks are regular, the scroll
// changes what the chart shows, and highlights stand out in both themes for every reader.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { worstContrast } from '../../src/lib/colour';
import { launch, openPage } from '../support/browser';
import { geometryChanges, readStep } from '../support/chart-checks';
import { chartSections, scrollStepToLine, settled, stepCount, visibleProblems } from '../support/scrolly';

const origin = inject('origin');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

// The narrowest phone, a common phone, a laptop and a desktop. 375 px, between 320 and 390 and
// laid out as they are (one column, step by step or pinned by the same rule), is left out to keep
// CI within its time.
const sizes = { 320: 640, 390: 844, 1280: 800, 1440: 900 } as const;
const wide = (width: number) => width >= 1024;

describe.each(['zh', 'en'] as const)('every chart step in %s', (lang) => {
  it.each(Object.keys(sizes).map(Number) as (keyof typeof sizes)[])('at %ipx, where each step is read', async (width) => {
    // Each step is read in its final state: with reduced motion it is reached at once instead of
    // after a 700 ms transition (scrolly.test.ts and charts.test.ts follow the transitions).
    const { context, page } = await openPage(browser, origin, {
      viewport: { width, height: sizes[width] },
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    const problems: string[] = [];
    let checked = 0;
    for (const [section, charts] of chartSections) {
      await page.goto(`${origin}/${lang}/${section}/`);
      for (const { id } of charts) {
        await page.locator(`[data-chart="${id}"]`).scrollIntoViewIfNeeded();
        const state = await settled(page, id);
        const where = (step: number) => `${section} ${id} step ${step + 1}`;
        if (wide(width)) expect(state.pinned, `${id} pins on a wide screen`).toBe(true);
        if (!state.pinned) {
          // Read step by step: each step's drawing follows its text; only the drawings are checked.
          problems.push(...(await visibleProblems(page, id)).map((p) => `${where(0)} (step by step): ${p}`));
          continue;
        }
        const count = await stepCount(page, id);
        let moved = 0;
        let before: Record<string, string> | undefined;
        for (let step = 0; step < count; step += 1) {
          await scrollStepToLine(page, id, step);
          const now = await settled(page, id);
          expect(now.active, where(step)).toBe(step);
          const read = await readStep(page, id);
          checked += 1;
          problems.push(...(await visibleProblems(page, id)).map((p) => `${where(step)}: ${p}`));
          problems.push(...read.covered.map((p) => `${where(step)}: painted over: ${p}`));
          problems.push(...read.kinsoku.map((p) => `${where(step)}: ${p}`));
          // The card being read is whole on the screen, under the sticky header.
          if (!read.card || read.card.top < read.band.top - 1 || read.card.bottom > read.band.bottom + 1)
            problems.push(
              `${where(step)}: the active card is not whole on screen: ${JSON.stringify(read.card)} in ${JSON.stringify(read.band)}`,
            );
          for (const [p, panel] of read.ticks.entries()) {
            const gaps = panel.xs.slice(1).map((x, i) => x - (panel.xs[i] ?? 0));
            if (gaps.some((g) => Math.abs(g - (gaps[0] ?? 0)) > 1.5))
              problems.push(`${where(step)}: panel ${p} ticks are irregular: ${panel.xs.join(', ')}`);
            if (panel.lines !== panel.labels)
              problems.push(`${where(step)}: panel ${p} has ${panel.lines} tick lines but ${panel.labels} labels`);
          }
          if (wide(width)) {
            // The graphic fills the stage: at least 60% of the screen, its title in view, its drawing no toy.
            if (read.graphic.height < sizes[width] * 0.6)
              problems.push(`${where(step)}: sticky graphic ${Math.round(read.graphic.height)}px tall`);
            if (read.graphic.svgHeight < 200) problems.push(`${where(step)}: drawing only ${Math.round(read.graphic.svgHeight)}px tall`);
            if (read.graphic.titleBottom < read.band.top || read.graphic.contentBottom > sizes[width])
              problems.push(`${where(step)}: title or drawing out of view`);
          }
          if (before) moved = Math.max(moved, geometryChanges(before, read.geometry));
          before = read.geometry;
          // Highlights against the ground and the context marks, in both themes, for every vision.
          // Colours do not change with the width: they are read once per language, at 1280 px.
          for (const scheme of width === 1280 ? (['light', 'dark'] as const) : []) {
            // Reduced motion ends the colour transitions at once, so the reading is the theme's own.
            await page.emulateMedia({ colorScheme: scheme });
            // Colours (fills, the paper) transition: read them once no transition runs.
            await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, {
              polling: 'raf',
            });
            const { colours } = scheme === 'light' ? read : await readStep(page, id);
            for (const on of colours.on) {
              const ground = worstContrast(on, colours.ground);
              if (ground.ratio < 3)
                problems.push(
                  `${where(step)} ${scheme}: highlight ${on} on ${colours.ground} is ${ground.ratio.toFixed(2)} (${ground.vision})`,
                );
              for (const off of colours.off) {
                const pair = worstContrast(on, off);
                if (pair.ratio < 3)
                  problems.push(
                    `${where(step)} ${scheme}: highlight ${on} against context ${off} is ${pair.ratio.toFixed(2)} (${pair.vision})`,
                  );
              }
            }
            if (!colours.on.length) problems.push(`${where(step)} ${scheme}: no highlighted mark`);
          }
          if (width === 1280) await page.emulateMedia({ colorScheme: 'light' });
        }
        // The scroll changes what the chart shows, not only its colours.
        if (!moved) problems.push(`${section} ${id}: no step moves, grows or adds a mark`);
      }
    }
    console.log(`chart steps ${lang} ${width}px: ${checked} states checked, ${problems.length} problems`);
    expect(problems).toEqual([]);
    await context.close();
  });
});
