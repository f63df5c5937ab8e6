import { fitsPinned } from '../../lib/charts/scroll-position';
/**
 * Every chart is complete as drawn at build time. The code that redraws it at its real width
 * and moves it between steps (d3, ~23 KiB gzip) is fetched when a chart nears the screen,
 * takes keyboard focus or is the target of the address (#chart-…), so it never delays the
 * first paint of the text above it; on arrival it reads the scroll position at once.
 */
export function loadChartsWhenNear(root: Document): void {
  const figures = [...root.querySelectorAll<HTMLElement>('[data-chart][data-mode="scroll"]')];
  if (!figures.length) return;
  decidePinning(figures);
  const enhance = (figure: HTMLElement) => {
    if (document.documentElement.dataset['reading'] === 'plain') return;
    void import('./scrolly').then(({ enhanceScrolly }) => enhanceScrolly(figure));
  };
  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        near.unobserve(entry.target);
        enhance(entry.target as HTMLElement);
      }
    },
    { rootMargin: '100% 0px' },
  );
  for (const figure of figures) {
    near.observe(figure);
    figure.addEventListener('focusin', () => enhance(figure), { once: true });
  }
  const targeted = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const figure = id ? document.getElementById(id)?.closest<HTMLElement>('[data-chart]') : null;
    if (figure) enhance(figure);
  };
  targeted();
  addEventListener('hashchange', targeted);
  document.addEventListener('striving:reading', () =>
    figures.forEach((f) => {
      if (f.getBoundingClientRect().top < innerHeight * 2) enhance(f);
    }),
  );
}

/**
 * Whether each chart will be pinned, decided on arrival from the drawing built into the page
 * (a phone keeps the build's size), so a chart read step by step is laid out that way before
 * the reader reaches it; decided only when its code came, the page shifted under a reader who
 * jumped to it. The chart's code decides again as the window changes.
 */
function decidePinning(figures: HTMLElement[]): void {
  if (matchMedia('(min-width: 64rem)').matches || !matchMedia('(min-height: 30rem)').matches) return;
  for (const figure of figures) {
    const graphic = figure.querySelector<HTMLElement>('.scrolly-graphic');
    const svg = graphic?.querySelector<SVGElement>('svg.chart-svg');
    if (!graphic || !svg) continue;
    const headerHeight = graphic.querySelector<HTMLElement>('.chart-header')?.offsetHeight ?? 0;
    const cardHeight = Math.max(0, ...[...figure.querySelectorAll<HTMLElement>('.scrolly-step')].map((step) => step.offsetHeight));
    const fits = fitsPinned({
      wide: false,
      viewport: window.innerHeight,
      chartHeight: svg.getBoundingClientRect().height,
      headerHeight,
      stickyTop: Number.parseFloat(getComputedStyle(graphic).top) || 0,
      cardHeight,
    });
    if (fits) continue;
    // Measured while the pinned layout showed; once hidden, the chart's code reads them here.
    figure.dataset['pinHeader'] = String(headerHeight);
    figure.dataset['pinCard'] = String(cardHeight);
    figure.dataset['unpinned'] = '';
  }
}
