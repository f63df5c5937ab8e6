/** Chart widths, declared once. */

/** Charts are drawn at build time for the narrowest phone column; scripts redraw at the real width. */
export const BUILD_WIDTH = 288;
/** The narrowest width a chart is ever redrawn at. */
export const MIN_WIDTH = 256;
/** The narrowest embed: a 320px phone with the host page's own 16px margins and ours. */
export const NARROW_EMBED = 256;
/** The width of the downloadable SVG and PNG. */
export const DOWNLOAD_WIDTH = 640;

/** The width to draw at for a container, never below the minimum. */
export const drawWidth = (container: number | undefined): number => Math.max(MIN_WIDTH, Math.floor(container ?? BUILD_WIDTH));
