/**
 * Which step a scrollytelling chart shows, from geometry alone: the last step whose top has
 * passed the reading line. Reading the position (not waiting for crossing events) means any
 * way of getting somewhere — a flick, PageDown, End, a link, find-in-page, a reload half way
 * down — lands on the state of the step at the line.
 * @param tops each step's top, in viewport pixels, in order
 */
export function activeStep(tops: readonly number[], line: number): number {
  let active = 0;
  tops.forEach((top, i) => {
    if (top <= line) active = i;
  });
  return active;
}

/**
 * Where the reading line sits, in viewport pixels. Beside the graphic (wide screens) it is the
 * middle of the screen. Under a pinned graphic (phones) it is just below the graphic, so the
 * step card being read never covers it; a graphic too tall to pin scrolls away, and the line
 * is then the middle of the screen again.
 */
export function readingLine(viewport: number, layout: { stacked: boolean; pinned: boolean; graphicBottom: number }): number {
  if (!layout.stacked || !layout.pinned) return Math.round(viewport / 2);
  return Math.round(Math.min(Math.max(layout.graphicBottom + 16, viewport * 0.3), viewport * 0.85));
}

/**
 * Whether a phone can pin a chart's graphic: it must leave room under it for the whole of its
 * tallest step card at the reading line; otherwise the chart is read step by step (each step's
 * text, then the chart). Wide screens always pin: the steps run beside the graphic.
 */
export function fitsPinned(layout: {
  wide: boolean;
  viewport: number;
  chartHeight: number;
  headerHeight: number;
  stickyTop: number;
  cardHeight: number;
}): boolean {
  if (layout.wide) return true;
  const graphic = layout.chartHeight + layout.headerHeight + 16;
  return graphic <= layout.viewport * 0.68 && layout.stickyTop + graphic + 16 + layout.cardHeight + 8 <= layout.viewport;
}
