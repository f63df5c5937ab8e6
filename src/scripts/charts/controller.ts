import { drawWidth } from '../../lib/charts/dimensions';
import { drawChart, type ChartModel } from '../../lib/charts/registry';
import { hantNumerals } from '../../lib/traditional/numerals';
import { pageEdition } from '../edition';
import { morph } from './morph';

/** Transitions last 700 ms; with prefers-reduced-motion the state changes without animation. */
const duration = () => (window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 700);

export interface ChartController {
  /** Shows a step's state: one transition from wherever the chart is, however far that is. */
  go(step: number): void;
  /** Redraws at the container's width (after a resize), keeping the step. */
  resize(): void;
  readonly step: number;
  readonly model: ChartModel;
  /** The drawing's height at the width it was last drawn at. */
  readonly height: number;
}

/**
 * One chart on the page, driven by the scroll position (src/scripts/charts/scrolly.ts) or by
 * the embed's stepper (src/scripts/charts/stepper.ts): it draws with the same renderer as the
 * build, so the build-time SVG, the client and the downloads never disagree.
 */
export function createChart(
  figure: HTMLElement,
  model: ChartModel,
  room: () => number | undefined = () => undefined,
): ChartController | undefined {
  // An embed also holds the whole drawing for readers without scripts; the stepper drives the step one.
  const svg = figure.querySelector<SVGSVGElement>('svg.chart-svg:not(.chart-svg-whole)');
  const body = svg?.querySelector('.chart-body');
  if (!svg || !body) return undefined;
  const steps = [...figure.querySelectorAll<HTMLElement>('[data-step]')];
  const status = figure.querySelector<HTMLElement>('[data-chart-status]');
  let step = Number(figure.dataset['activeStep'] ?? 0);
  let width = 0;
  let space: number | undefined;
  let height = 0;
  let runs = 0;

  // A 繁體 page was made from the 简体 one: its model is converted, the numbers drawn here are not.
  const hant = pageEdition(document, model.lang) === 'zh-hant';
  const render = (animate: boolean) => {
    const drawn = drawChart(model, width, step, space);
    const markup = hant ? hantNumerals(drawn.markup) : drawn.markup;
    height = drawn.height;
    svg.setAttribute('viewBox', `0 0 ${width} ${drawn.height}`);
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(drawn.height));
    // data-moving marks a transition in progress (tests and the print switch wait for it).
    const run = ++runs;
    figure.dataset['moving'] = '';
    void morph(body, markup, animate ? duration() : 0).then(() => {
      if (run === runs) delete figure.dataset['moving'];
    });
  };
  // A hidden graphic (read step by step) is measured by the figure around it.
  const measure = () => drawWidth(svg.parentElement?.clientWidth || figure.clientWidth);

  const controller: ChartController = {
    get step() {
      return step;
    },
    get height() {
      return height;
    },
    model,
    go(next) {
      const target = Math.min(model.steps.length - 1, Math.max(0, next));
      if (target === step && width) return;
      step = target;
      figure.dataset['activeStep'] = String(step);
      steps.forEach((el, i) => {
        el.classList.toggle('is-active', i === step);
        if (i === step) el.setAttribute('aria-current', 'step');
        else el.removeAttribute('aria-current');
      });
      if (!width) width = measure();
      render(true);
      // Said once per step, politely, for readers who hear rather than see the change.
      if (status) status.textContent = model.steps[step]?.describe ?? '';
    },
    resize() {
      const next = measure();
      const nextRoom = room();
      if (next === width && nextRoom === space) return;
      width = next;
      space = nextRoom;
      render(false);
    },
  };
  width = measure();
  space = room();
  render(false);
  figure.dataset['activeStep'] = String(step);
  figure.dataset['enhanced'] = 'true';
  // Redraws wait for the next frame: drawing inside the observer's callback changes the size it
  // observes, which Firefox reports as "ResizeObserver loop completed with undelivered notifications".
  let queued = false;
  new ResizeObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      controller.resize();
    });
  }).observe(svg.parentElement ?? figure);
  return controller;
}

/** Reads the model the build put beside the chart. */
export function readModel(figure: HTMLElement): ChartModel | undefined {
  const json = figure.querySelector('script[data-chart-model]')?.textContent;
  return json ? (JSON.parse(json) as ChartModel) : undefined;
}
