import { describe, expect, inject, it } from 'vitest';
import { engineName, expectNoLogs, inPage, scrollStepToLine, useEngine, widths } from './harness';

const origin = inject('engineOrigin');
const engine = useEngine();

// Forward through every step, then back to the first: the figure must follow both ways.
const order = [0, 1, 2, 0];

describe(`${engineName}: scrollytelling steps on /zh/union-reform/`, () => {
  it.each(widths.flatMap((width) => (['organising', 'taian-yto'] as const).map((chart) => [chart, width] as const)))(
    'the %s figure follows the step at its reading line at %ipx',
    async (chart, width) => {
      await inPage(engine(), width, async (page) => {
        await page.goto(`${origin}/zh/union-reform/`);
        const steps = await page.evaluate((c: string) => document.querySelectorAll(`[data-chart="${c}"] [data-step]`).length, chart);
        expect(steps).toBe(3);
        for (const step of order) {
          // Twice: the first scroll brings the chart's code, which sets its own reading line.
          expect(await page.evaluate(scrollStepToLine, chart, step)).toBe(true);
          await page.waitFor(
            (c: string) => document.querySelector<HTMLElement>(`[data-chart="${c}"]`)?.dataset['enhanced'] === 'true',
            { message: `${chart} enhanced` },
            chart,
          );
          expect(await page.evaluate(scrollStepToLine, chart, step)).toBe(true);
          await page.waitFor(
            (c: string, s: number) => {
              const figure = document.querySelector<HTMLElement>(`[data-chart="${c}"]`);
              return figure?.dataset['enhanced'] === 'true' && figure.dataset['activeStep'] === String(s);
            },
            { message: `${chart} enhanced with data-active-step="${step}"` },
            chart,
            step,
          );
        }
        // The chart was drawn by script at the width it has, and the page still fits.
        const state = await page.evaluate(
          (c: string) => ({
            marks: document.querySelectorAll(`[data-chart="${c}"] svg .mark, [data-chart="${c}"] svg rect.unit`).length,
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          }),
          chart,
        );
        expect(state.marks).toBeGreaterThan(1);
        expect(state.overflow).toBeLessThanOrEqual(0);
        expectNoLogs(await page.logs());
      });
    },
  );
});
