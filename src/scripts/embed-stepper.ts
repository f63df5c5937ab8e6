import type { ChartModel } from '../lib/charts/model';
import { redraw, showStep } from './scrolly';

/**
 * Turns an embedded chart's list of steps into a stepper: one step at a time, moved by
 * buttons or the arrow keys. Sticky scrolling does not work inside an iframe.
 */
export function enhanceStepper(figure: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>('svg.chart-svg');
  const json = figure.querySelector('script[data-chart-model]')?.textContent;
  const stepper = figure.querySelector<HTMLElement>('[data-stepper]');
  const controls = figure.querySelector<HTMLElement>('[data-stepper-controls]');
  if (!svg || !json || !stepper || !controls || figure.dataset['enhanced']) return;
  figure.dataset['enhanced'] = 'true';
  const model = JSON.parse(json) as ChartModel;
  const steps = [...stepper.querySelectorAll<HTMLElement>('.stepper-step')];
  const prev = controls.querySelector<HTMLButtonElement>('[data-step-prev]');
  const next = controls.querySelector<HTMLButtonElement>('[data-step-next]');
  const count = controls.querySelector<HTMLElement>('[data-step-count]');
  let width = redraw(figure, model, svg);
  let current = 0;

  const go = (index: number) => {
    current = Math.min(steps.length - 1, Math.max(0, index));
    steps.forEach((el, i) => el.classList.toggle('is-active', i === current));
    if (prev) prev.disabled = current === 0;
    if (next) next.disabled = current === steps.length - 1;
    if (count) count.textContent = (count.dataset['template'] ?? '{n}/{total}').replace('{n}', String(current + 1)).replace('{total}', String(steps.length));
    showStep(figure, model, svg, width, current);
  };

  stepper.classList.add('is-enhanced');
  controls.hidden = false;
  prev?.addEventListener('click', () => go(current - 1));
  next?.addEventListener('click', () => go(current + 1));
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') go(current + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') go(current - 1);
    else return;
    event.preventDefault();
  });
  new ResizeObserver(() => {
    const nextWidth = Math.max(260, Math.floor(svg.parentElement?.clientWidth ?? 288));
    if (nextWidth !== width) {
      width = redraw(figure, model, svg);
      showStep(figure, model, svg, width, current);
    }
  }).observe(svg.parentElement ?? figure);
  go(0);
}
