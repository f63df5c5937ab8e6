import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { root } from './site';

interface ChartEntry {
  id: string;
  section: string;
  steps: unknown[];
}

/** The charts and the section page each is placed on, read from the content (never typed twice). */
export const chartList: ChartEntry[] = JSON.parse(readFileSync(join(root, 'content', 'charts.json'), 'utf8')) as ChartEntry[];

/** Section pages that place charts, with the charts they place. */
export const chartSections: [string, ChartEntry[]][] = [...new Set(chartList.map((c) => c.section))].map((s) => [
  s,
  chartList.filter((c) => c.section === s),
]);

/** What a chart shows and what the position says it should show, read in one frame. */
export interface ScrollyState {
  active: number;
  expected: number;
  line: number;
  pinned: boolean;
  moving: boolean;
  enhanced: boolean;
}

/**
 * The chart's state and, computed here independently, the step at its reading line: the last
 * step whose top has passed the line (the first before any has).
 */
export function readState(page: Page, chart: string): Promise<ScrollyState> {
  return page.evaluate(async (id) => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r))));
    const figure = document.querySelector<HTMLElement>(`[data-chart="${id}"]`);
    if (!figure) throw new Error(`no chart ${id}`);
    const line = Number.parseFloat(getComputedStyle(figure).getPropertyValue('--reading-line')) || innerHeight / 2;
    const tops = [...figure.querySelectorAll<HTMLElement>('.scrolly-step')].map((s) => s.getBoundingClientRect().top);
    let expected = 0;
    tops.forEach((top, i) => {
      if (top <= line) expected = i;
    });
    return {
      active: Number(figure.dataset['activeStep'] ?? -1),
      expected,
      line,
      pinned: figure.dataset['unpinned'] === undefined,
      moving: figure.dataset['moving'] !== undefined,
      enhanced: figure.dataset['enhanced'] === 'true',
    };
  }, chart);
}

/**
 * Waits until the chart has its code and is still, in the state of the step at its line (or
 * read step by step, when too tall to pin); returns that state, which the caller checks.
 */
export async function settled(page: Page, chart: string): Promise<ScrollyState> {
  // Keyboard and hash scrolls may animate or start a frame late: the page must be still for a
  // few frames from now, with the chart's code loaded, its transition over and its step the one at the line.
  await page.evaluate(() => {
    delete (window as unknown as { __still?: unknown }).__still;
  });
  await page
    .waitForFunction(
      (id) => {
        const w = window as unknown as { __still?: { y: number; frames: number } };
        const f = document.querySelector<HTMLElement>(`[data-chart="${id}"]`);
        const still = w.__still && w.__still.y === scrollY ? { y: scrollY, frames: w.__still.frames + 1 } : { y: scrollY, frames: 0 };
        w.__still = still;
        if (still.frames < 4 || f?.dataset['enhanced'] !== 'true' || f.dataset['moving'] !== undefined) return false;
        if (f.dataset['unpinned'] !== undefined) return true;
        const line = Number.parseFloat(getComputedStyle(f).getPropertyValue('--reading-line')) || innerHeight / 2;
        let expected = 0;
        f.querySelectorAll('.scrolly-step').forEach((s, i) => {
          if (s.getBoundingClientRect().top <= line) expected = i;
        });
        return Number(f.dataset['activeStep']) === expected;
      },
      chart,
      { timeout: 5_000, polling: 'raf' },
    )
    .catch(async () => {
      throw new Error(
        `chart ${chart} did not settle within 5 s (still, loaded, not moving, on the step at its line): ${JSON.stringify(await readState(page, chart))}`,
      );
    });
  return readState(page, chart);
}

/** Scrolls so a step's top sits just above the chart's reading line. */
export async function scrollStepToLine(page: Page, chart: string, step: number): Promise<void> {
  await page.evaluate(
    ([id, i]) => {
      const figure = document.querySelector<HTMLElement>(`[data-chart="${id}"]`);
      const el = figure?.querySelectorAll<HTMLElement>('.scrolly-step')[i as number];
      if (!figure || !el) throw new Error(`no step ${i} in ${id}`);
      const line = Number.parseFloat(getComputedStyle(figure).getPropertyValue('--reading-line')) || innerHeight / 2;
      window.scrollTo(0, el.getBoundingClientRect().top + scrollY - line + 2);
    },
    [chart, step] as const,
  );
}

/**
 * Problems a reader would see at this moment: a highlighted mark or its label under a visible
 * step card, and any chart text that runs outside its SVG.
 */
export function visibleProblems(page: Page, chart: string): Promise<string[]> {
  return page.evaluate((id) => {
    const figure = document.querySelector<HTMLElement>(`[data-chart="${id}"]`);
    if (!figure) return [`no chart ${id}`];
    const problems: string[] = [];
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const shown = (el: Element) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.bottom > 0 && box.top < innerHeight;
    };
    const cards = [...figure.querySelectorAll('.scrolly-step')].filter(shown).map((c) => c.getBoundingClientRect());
    const svg = figure.querySelector<SVGSVGElement>('.scrolly-graphic svg.chart-svg');
    const highlighted = svg
      ? [
          ...svg.querySelectorAll('.mark.is-on text, .mark.is-on rect, .mark.is-on circle'),
          ...svg.querySelectorAll('rect.unit[opacity="1"], circle.unit-extra[opacity="1"], text.unit-label'),
        ]
      : [];
    for (const mark of highlighted) {
      const box = mark.getBoundingClientRect();
      if (box.width === 0 || box.bottom < 0 || box.top > innerHeight) continue;
      if (cards.some((card) => overlap(box, card)))
        problems.push(`covered by a step card: ${mark.tagName} ${mark.textContent?.trim().slice(0, 40) ?? ''}`);
    }
    for (const drawing of figure.querySelectorAll<SVGSVGElement>('svg.chart-svg')) {
      if (!shown(drawing) && drawing.getBoundingClientRect().width === 0) continue;
      const frame = drawing.getBoundingClientRect();
      for (const text of drawing.querySelectorAll('text')) {
        const box = text.getBoundingClientRect();
        if (box.width === 0) continue;
        if (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1) {
          problems.push(`clipped at ${Math.round(frame.width)}px: "${text.textContent?.trim()}"`);
        }
      }
    }
    return problems;
  }, chart);
}

/** How many steps a chart has. */
export function stepCount(page: Page, chart: string): Promise<number> {
  return page.$$eval(`[data-chart="${chart}"] .scrolly-step`, (els) => els.length);
}
