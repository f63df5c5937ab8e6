import { activeStep, fitsPinned, readingLine } from '../../lib/charts/scroll-position';
import { createChart, readModel, type ChartController } from './controller';

interface Scrolly {
  figure: HTMLElement;
  graphic: HTMLElement;
  steps: HTMLElement[];
  chart: ChartController;
  /** The title and key above the drawing, and the tallest step card, measured while shown. */
  headerHeight: number;
  cardHeight: number;
}

const wide = () => matchMedia('(min-width: 64rem)').matches;

/**
 * On a phone a graphic can be pinned only when it leaves room under it for the whole of its
 * tallest step card at the reading line: otherwise that chart is read step by step instead
 * (each step's text, then the chart). Sizes are measured while the pinned layout is shown.
 */
function fitsPinnedNow(scrolly: Scrolly): boolean {
  if (wide()) return true;
  if (scrolly.figure.dataset['unpinned'] === undefined) {
    scrolly.headerHeight = scrolly.graphic.querySelector<HTMLElement>('.chart-header')?.offsetHeight ?? 0;
    scrolly.cardHeight = Math.max(0, ...scrolly.steps.map((step) => step.offsetHeight));
  }
  return fitsPinned({
    wide: false,
    viewport: window.innerHeight,
    chartHeight: scrolly.chart.height,
    headerHeight: scrolly.headerHeight,
    stickyTop: Number.parseFloat(getComputedStyle(scrolly.graphic).top) || 0,
    cardHeight: scrolly.cardHeight,
  });
}

const charts: Scrolly[] = [];
let frame = 0;

/**
 * The reading line of one chart: where it lies once the graphic is pinned, worked out from the
 * graphic's size and sticky offset rather than from where it happens to be now. A link to a step
 * lands the step at this line (its scroll margin) even when the jump starts far from the chart.
 */
function lineOf({ graphic, steps }: Scrolly): number {
  const g = graphic.getBoundingClientRect();
  const first = steps[0]?.getBoundingClientRect();
  const stacked = !first || !(first.left >= g.right - 1 || first.right <= g.left + 1);
  const style = getComputedStyle(graphic);
  const pinned = style.position === 'sticky';
  const stuckTop = Number.parseFloat(style.top) || 0;
  return readingLine(window.innerHeight, { stacked, pinned, graphicBottom: stuckTop + g.height });
}

/** Every chart follows the position: the step at its reading line is the step it shows. */
function update(): void {
  frame = 0;
  for (const scrolly of charts) {
    const pinned = fitsPinnedNow(scrolly);
    if (pinned) delete scrolly.figure.dataset['unpinned'];
    else scrolly.figure.dataset['unpinned'] = '';
    if (!pinned) continue;
    const line = lineOf(scrolly);
    // Links to a step (#chart-…) land the step on the line, with or without this script.
    scrolly.figure.style.setProperty('--reading-line', `${line}px`);
    scrolly.chart.go(
      activeStep(
        scrolly.steps.map((s) => s.getBoundingClientRect().top),
        line,
      ),
    );
  }
}

/** Once per animation frame at most, whatever fired it. */
function schedule(): void {
  if (!frame) frame = requestAnimationFrame(update);
}

let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule);
  addEventListener('load', schedule);
  addEventListener('hashchange', schedule);
  addEventListener('pageshow', schedule);
  document.fonts?.ready.then(schedule, () => {});
}

/**
 * Makes one build-time chart follow the scroll position. The state is computed from geometry at
 * once — the code may arrive long after the reader has scrolled, jumped or reloaded mid-page —
 * and again on every scroll frame, resize, load, hash change and font load.
 */
export function enhanceScrolly(figure: HTMLElement): void {
  if (figure.dataset['enhanced']) return;
  const model = readModel(figure);
  const graphic = figure.querySelector<HTMLElement>('.scrolly-graphic');
  const steps = [...figure.querySelectorAll<HTMLElement>('.scrolly-step')];
  if (!model || !graphic || !steps.length) return;
  // Beside the steps on a wide screen, the drawing fills the pinned stage under the header and
  // the chart's own title and key, instead of floating small in it. On a phone it keeps the
  // size it was built at, so nothing shifts when this code arrives.
  const room = () => {
    const root = getComputedStyle(document.documentElement);
    const value = root.getPropertyValue('--header-height');
    const header = (Number.parseFloat(value) || 0) * (value.includes('rem') ? Number.parseFloat(root.fontSize) : 1);
    const titles = graphic.querySelector<HTMLElement>('.chart-header')?.offsetHeight ?? 0;
    return wide() ? Math.max(0, Math.floor(window.innerHeight - header - titles - 64)) : undefined;
  };
  const chart = createChart(figure, model, room);
  if (!chart) return;
  // The steps carry the meaning for screen readers; the pinned graphic would only repeat it.
  figure.querySelector('svg.chart-svg')?.setAttribute('aria-hidden', 'true');
  // An unpinned chart's sizes were measured by the loader while its pinned layout showed.
  charts.push({
    figure,
    graphic,
    steps,
    chart,
    headerHeight: Number(figure.dataset['pinHeader'] ?? 0),
    cardHeight: Number(figure.dataset['pinCard'] ?? 0),
  });
  // A step reached with the keyboard is brought to the reading line (its scroll margin), so the
  // chart shows what the focused step says. A click leaves the page where it is.
  const align = (step: HTMLElement) => {
    if (!step.matches(':focus-visible')) return;
    // After the browser's own scroll to the focused element, which puts it anywhere in view.
    requestAnimationFrame(() => {
      const line = Number.parseFloat(figure.style.getPropertyValue('--reading-line')) || innerHeight / 2;
      window.scrollTo({ top: step.getBoundingClientRect().top + scrollY - line + 1, behavior: 'instant' });
    });
  };
  for (const step of steps) step.addEventListener('focus', () => align(step));
  // Focus reaching a step is what fetches this code, so the step may hold it already.
  const focused = steps.find((step) => step === document.activeElement);
  if (focused) align(focused);
  listen();
  update();
}
