import { afterAll, beforeAll, expect } from 'vitest';
import { currentEngine, launchEngine, type Engine, type EnginePage, type LogEntry } from '../support/engines';

export const engineName = currentEngine();
export const phone = 390;
export const desktop = 1280;
export const widths = [phone, desktop] as const;

/** Starts this run's engine before a file's tests and stops it after them. */
export function useEngine(): () => Engine {
  let engine: Engine | undefined;
  beforeAll(async () => {
    engine = await launchEngine(engineName);
  }, 60_000);
  afterAll(async () => {
    await engine?.close();
  });
  return () => {
    if (!engine) throw new Error(`${engineName} did not start`);
    return engine;
  };
}

/** Opens a tab at a width, runs a check in it, and always closes it. */
export async function inPage<T>(engine: Engine, width: number, check: (page: EnginePage) => Promise<T>): Promise<T> {
  const page = await engine.newPage({ width, height: width < 600 ? 844 : 800 });
  try {
    return await check(page);
  } finally {
    await page.close();
  }
}

/** Asserts that nothing of the given kinds was reported; the message lists what was. */
export function expectNoLogs(logs: LogEntry[], kinds: LogEntry['kind'][] = ['error', 'uncaught', 'rejection', 'csp'], where = 'the page') {
  const found = logs.filter((entry) => kinds.includes(entry.kind));
  expect(
    found.map((entry) => `${entry.kind}: ${entry.text}${entry.url ? ` (${entry.url})` : ''}`),
    `${engineName}: console of ${where}`,
  ).toEqual([]);
}

/** Scrolls so a chart's step sits at the middle of the viewport, where the scrolly observer makes it current. */
/** Scrolls a step's top just above its chart's reading line (the middle of the screen until the chart's code says otherwise). */
export function scrollStepToLine(chart: string, step: number) {
  const figure = document.querySelector<HTMLElement>(`[data-chart="${chart}"]`);
  const el = figure?.querySelector(`[data-step="${step}"]`);
  if (!figure || !el) return false;
  const line = Number.parseFloat(getComputedStyle(figure).getPropertyValue('--reading-line')) || window.innerHeight / 2;
  window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - line + 2);
  return true;
}
