/**
 * The colour tokens of src/styles/global.css as data, for the places that cannot use the
 * site's CSS: the standalone SVG/PNG downloads and the embed pages' light/dark themes.
 */
export const palettes = {
  light: {
    paper: '#fbf8f3', 'paper-2': '#f1ebe1', ink: '#1d1a17', 'ink-2': '#57504a', rule: '#d8cfc2',
    accent: '#a61b1b', 'accent-ink': '#ffffff', 'chart-1': '#b2361f', 'chart-2': '#0b6e99', 'chart-3': '#7a5c00', 'chart-4': '#5d3a8e',
  },
  dark: {
    paper: '#161412', 'paper-2': '#221f1b', ink: '#efe9e1', 'ink-2': '#b9b0a5', rule: '#433d36',
    accent: '#f08a75', 'accent-ink': '#161412', 'chart-1': '#f08a75', 'chart-2': '#6cc3ec', 'chart-3': '#e2c25a', 'chart-4': '#c6a7f0',
  },
} as const;

export type Palette = (typeof palettes)[keyof typeof palettes];

const declarations = (palette: Palette) => Object.entries(palette).map(([name, value]) => `--color-${name}:${value}`).join(';');

/**
 * Theme CSS for the embed pages: the reader's colour scheme by default, or the one the host
 * asks for with ?theme=light|dark (the page sets data-theme on <html> before it paints).
 */
export function formatThemeCss(): string {
  const light = declarations(palettes.light);
  const dark = declarations(palettes.dark);
  return [
    `:root{color-scheme:light dark;${light}}`,
    `@media (prefers-color-scheme:dark){:root:not([data-theme=light]){color-scheme:dark;${dark}}}`,
    `:root[data-theme=light]{color-scheme:light}`,
    `:root[data-theme=dark]{color-scheme:dark;${dark}}`,
  ].join('\n');
}
