import { fonts, palettes, type Palette } from '../../../tailwind.config';

export { palettes, type Palette };

const declarations = (palette: Palette) =>
  Object.entries(palette)
    .map(([name, value]) => `--color-${name}:${value}`)
    .join(';');

/**
 * Theme CSS for the embed pages, from the site's tokens: the reader's colour scheme by default,
 * or the one the host asks for with ?theme=light|dark (set on <html> before it paints), and the
 * font stacks of the page's language (the serif for titles, as on the site).
 */
export function formatThemeCss(): string {
  const light = declarations(palettes.light);
  const dark = declarations(palettes.dark);
  return [
    `:root{color-scheme:light dark;${light}}`,
    // The language's own sans stack: CJK faces first in Chinese, so “ ” are set full-width.
    `:root,:lang(en){--font-sans:${fonts.en.sans.join(',')};--font-serif:${fonts.en.serif.join(',')}}`,
    `:lang(zh){--font-sans:${fonts.zh.sans.join(',')};--font-serif:${fonts.zh.serif.join(',')}}`,
    `@media (prefers-color-scheme:dark){:root:not([data-theme=light]){color-scheme:dark;${dark}}}`,
    `:root[data-theme=light]{color-scheme:light}`,
    `:root[data-theme=dark]{color-scheme:dark;${dark}}`,
  ].join('\n');
}
