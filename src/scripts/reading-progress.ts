/**
 * On long pages the header shows how far the reader is and, once the page's own heading has
 * scrolled away, the name of the part they are in instead of the site's name.
 */
export function followReading(doc: Document): void {
  const bar = doc.querySelector<HTMLElement>('[data-reading-progress]');
  const name = doc.querySelector<HTMLElement>('.site-name-text');
  const current = doc.querySelector<HTMLElement>('[data-current-part]');
  const heading = doc.querySelector<HTMLElement>('main h1');
  if (!bar || !heading) return;
  let frame = 0;
  const update = () => {
    frame = 0;
    const end = doc.documentElement.scrollHeight - innerHeight;
    // Set through the CSSOM, which the page's style policy allows (no style attributes).
    bar.style.transform = `scaleX(${end > 0 ? Math.min(1, Math.max(0, scrollY / end)) : 0})`;
    const past = heading.getBoundingClientRect().bottom < 0;
    if (name && current) {
      name.hidden = past;
      current.hidden = !past;
    }
  };
  addEventListener(
    'scroll',
    () => {
      if (!frame) frame = requestAnimationFrame(update);
    },
    { passive: true },
  );
  addEventListener('resize', () => {
    if (!frame) frame = requestAnimationFrame(update);
  });
  update();
}
