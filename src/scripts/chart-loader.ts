/**
 * Every chart is complete as drawn at build time. The code that redraws it at its real width
 * and moves it between steps (d3, ~23 KiB gzip) is fetched only when a chart nears the screen
 * or takes keyboard focus, so it never delays the first paint of the text above it.
 */
export function loadChartsWhenNear(root: Document): void {
  const figures = [...root.querySelectorAll<HTMLElement>('[data-chart]:not([data-still])')];
  if (!figures.length) return;
  const enhance = (figure: HTMLElement) => {
    void import('./scrolly').then(({ enhanceChart }) => enhanceChart(figure));
  };
  const near = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      near.unobserve(entry.target);
      enhance(entry.target as HTMLElement);
    }
  }, { rootMargin: '100% 0px' });
  for (const figure of figures) {
    near.observe(figure);
    figure.addEventListener('focusin', () => enhance(figure), { once: true });
  }
}
