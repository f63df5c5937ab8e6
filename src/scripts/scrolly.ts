import { select } from 'd3-selection';
import 'd3-transition';
import { drawChart, type ChartModel } from '../lib/charts/model';
import { computeUnitGrid } from '../lib/charts/unit-grid';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const duration = () => (reducedMotion() ? 0 : 600);

/** Moves one chart to a step: highlights change colour; unit squares glide to their new places. */
export function showStep(figure: HTMLElement, model: ChartModel, svg: SVGSVGElement, width: number, step: number): void {
  figure.dataset['activeStep'] = String(step);
  figure.querySelectorAll<HTMLElement>('.scrolly-step').forEach((el, i) => el.classList.toggle('is-active', i === step));
  const current = model.steps[step];
  if (!current) return;
  if (model.rows) {
    const on = new Set(current.highlight);
    const isOn = (el: SVGGElement) => on.has(el.dataset['fig'] ?? '');
    select(svg).selectAll<SVGGElement, unknown>('.mark')
      .classed('is-on', (_, i, nodes) => isOn(nodes[i] as SVGGElement))
      .classed('is-off', (_, i, nodes) => !isOn(nodes[i] as SVGGElement));
    return;
  }
  if (model.unit) {
    const layout = computeUnitGrid({ ...model.unit, width }, current.state ?? 'total');
    const byKey = new Map(layout.marks.map((m) => [m.key, m]));
    const target = (el: SVGRectElement) => byKey.get(el.dataset['key'] ?? '');
    const squares = select(svg).selectAll<SVGRectElement, unknown>('rect.unit');
    squares.each((_, i, nodes) => {
      const el = nodes[i] as SVGRectElement;
      el.dataset['group'] = target(el)?.group ?? 'total';
    });
    squares
      .transition()
      .duration(duration())
      .attr('x', (_, i, nodes) => target(nodes[i] as SVGRectElement)?.x ?? 0)
      .attr('y', (_, i, nodes) => target(nodes[i] as SVGRectElement)?.y ?? 0)
      .attr('opacity', (_, i, nodes) => target(nodes[i] as SVGRectElement)?.opacity ?? 1);
    const labels = svg.querySelector('.unit-labels');
    if (labels) {
      labels.replaceChildren(...layout.labels.map((l) => {
        const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
        text.setAttribute('class', 'unit-label');
        text.setAttribute('x', String(l.x));
        text.setAttribute('y', String(l.y));
        text.textContent = l.text;
        return text;
      }));
    }
  }
}

/** Redraws a chart at its container's width, keeping the build-time height so nothing shifts. */
export function redraw(figure: HTMLElement, model: ChartModel, svg: SVGSVGElement): number {
  const width = Math.max(260, Math.floor(svg.parentElement?.clientWidth ?? 288));
  const height = Number(svg.dataset['height']);
  const drawn = drawChart(model, width, Number(figure.dataset['activeStep'] ?? 0));
  svg.setAttribute('viewBox', `0 0 ${width} ${Math.max(height, drawn.height)}`);
  svg.setAttribute('width', String(width));
  const body = svg.querySelector('.chart-body');
  if (body) body.innerHTML = drawn.markup;
  return width;
}

/** Turns one build-time chart into a scrollytelling chart (once; later calls do nothing). */
export function enhanceChart(figure: HTMLElement): void {
  const svg = figure.querySelector<SVGSVGElement>('svg.chart-svg');
  const json = figure.querySelector('script[data-chart-model]')?.textContent;
  if (!svg || !json || figure.dataset['enhanced']) return;
  figure.dataset['enhanced'] = 'true';
  const model = JSON.parse(json) as ChartModel;
  let width = redraw(figure, model, svg);
  const steps = [...figure.querySelectorAll<HTMLElement>('.scrolly-step')];
  const activate = (index: number) => {
    if (figure.dataset['activeStep'] !== String(index)) showStep(figure, model, svg, width, index);
  };
  // A step is current while it crosses the middle of the viewport.
  const observer = new IntersectionObserver(
    (entries) => entries.filter((e) => e.isIntersecting).forEach((e) => activate(steps.indexOf(e.target as HTMLElement))),
    { rootMargin: '-50% 0px -50% 0px' },
  );
  steps.forEach((step, index) => {
    observer.observe(step);
    step.addEventListener('focus', () => activate(index));
  });
  new ResizeObserver(() => {
    const next = Math.max(260, Math.floor(svg.parentElement?.clientWidth ?? 288));
    if (next !== width) width = redraw(figure, model, svg);
  }).observe(svg.parentElement ?? figure);
  // Reached by keyboard before it neared the screen: show the focused step at once.
  const focused = steps.indexOf(document.activeElement as HTMLElement);
  if (focused >= 0) activate(focused);
}
