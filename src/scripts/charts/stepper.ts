import { createChart, readModel } from './controller';

/**
 * Turns an embedded chart's list of steps into a stepper: one step at a time, moved by buttons
 * or the arrow keys (sticky scrolling does not work inside an iframe). `?step=2` starts at the
 * second step, so a newsroom can embed the state its article discusses.
 */
export function enhanceStepper(figure: HTMLElement): void {
  const model = readModel(figure);
  const stepper = figure.querySelector<HTMLElement>('[data-stepper]');
  const controls = figure.querySelector<HTMLElement>('[data-stepper-controls]');
  if (!model || !stepper || !controls || figure.dataset['enhanced']) return;
  // Redrawn at the frame's real width, labels wrap less and the drawing gets shorter than the
  // one built for the narrowest phone. The graphic keeps the height it had, so neither the frame
  // nor the host page shifts, and the redrawn marks grow into it, so it shows no blank band.
  // Every step has that one height: the buttons never move.
  const graphic = figure.querySelector<HTMLElement>('.embed-graphic');
  const built = Math.floor(graphic?.getBoundingClientRect().height ?? 0);
  const chart = createChart(figure, model, () => (built > 0 ? built : undefined));
  if (!chart) return;
  if (graphic && built > 0) graphic.style.minHeight = `${built}px`;
  const prev = controls.querySelector<HTMLButtonElement>('[data-step-prev]');
  const next = controls.querySelector<HTMLButtonElement>('[data-step-next]');
  const count = controls.querySelector<HTMLElement>('[data-step-count]');
  const go = (index: number) => {
    chart.go(index);
    const current = chart.step;
    if (prev) prev.disabled = current === 0;
    if (next) next.disabled = current === model.steps.length - 1;
    if (count)
      count.textContent = (count.dataset['template'] ?? '{n}/{total}')
        .replace('{n}', String(current + 1))
        .replace('{total}', String(model.steps.length));
  };
  // Browsers without the scripting media feature showed both drawings until now.
  figure.querySelector('svg.chart-svg-whole')?.remove();
  stepper.classList.add('is-enhanced');
  controls.hidden = false;
  prev?.addEventListener('click', () => go(chart.step - 1));
  next?.addEventListener('click', () => go(chart.step + 1));
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') go(chart.step + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') go(chart.step - 1);
    else return;
    event.preventDefault();
  });
  const start = Number.parseInt(new URLSearchParams(location.search).get('step') ?? '1', 10);
  go(Number.isFinite(start) ? start - 1 : 0);
}
