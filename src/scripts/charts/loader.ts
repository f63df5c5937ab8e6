/**
 * Every chart is complete as drawn at build time. The code that redraws it at its real width
 * and moves it between steps (d3, ~23 KiB gzip) is fetched when a chart nears the screen,
 * takes keyboard focus or is the target of the address (#chart-…), so it never delays the
 * first paint of the text above it; on arrival it reads the scroll position at once.
 */
export function loadChartsWhenNear(root: Document): void {
  const figures = [...root.querySelectorAll<HTMLElement>('[data-chart][data-mode="scroll"]')];
  if (!figures.length) return;
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
