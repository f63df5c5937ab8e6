import type { Config } from 'tailwindcss';
import plugin from 'tailwindcss/plugin';

/**
 * The design tokens, declared once. Tailwind's utilities read them as CSS variables (so dark
 * mode swaps them in one place), and everything that cannot use the site's CSS — the chart
 * downloads, the embed pages' themes, the web manifest, theme-color — imports these objects.
 * Chart colours are Okabe–Ito derived, colour-blind safe, each at least 3:1 on paper. Data owns
 * colour: `context` (marks a step is not about) is a pale grey in light mode and a dim one in
 * dark mode, so a highlight wins on luminance (3:1 against context, in greyscale and under
 * protanopia and deuteranopia too: tests/unit/charts/palette.test.ts). The UI accent (links,
 * kickers, buttons) is ink, never a data colour.
 */
export const palettes = {
  light: {
    paper: '#fbf8f3',
    'paper-2': '#f1ebe1',
    ink: '#1d1a17',
    'ink-2': '#57504a',
    rule: '#d8cfc2',
    accent: '#2b221d',
    'accent-ink': '#ffffff',
    'chart-1': '#b2361f',
    'chart-2': '#0b6e99',
    'chart-3': '#7a5c00',
    'chart-4': '#5d3a8e',
    context: '#d9d1c7',
    'context-2': '#ece6dd',
  },
  dark: {
    paper: '#161412',
    'paper-2': '#221f1b',
    ink: '#efe9e1',
    'ink-2': '#b9b0a5',
    rule: '#433d36',
    accent: '#efe9e1',
    'accent-ink': '#161412',
    'chart-1': '#f08a75',
    'chart-2': '#6cc3ec',
    'chart-3': '#e2c25a',
    'chart-4': '#c6a7f0',
    context: '#3f3a34',
    'context-2': '#2c2824',
  },
} as const;

/**
 * System fonts only: no web font is ever downloaded (no Chinese font could be, at its size).
 * Chinese headings are set in Songti where a system has it; English pairs a Latin serif for
 * headings with the system sans for text, with Latin faces first so quotes are not set full-width.
 */
export const fonts = {
  sans: [
    'system-ui',
    '-apple-system',
    '"Segoe UI"',
    'Roboto',
    '"PingFang SC"',
    '"Hiragino Sans GB"',
    '"Microsoft YaHei"',
    '"Noto Sans CJK SC"',
    '"Source Han Sans SC"',
    '"WenQuanYi Micro Hei"',
    'sans-serif',
  ],
  serif: ['"Songti SC"', '"Noto Serif CJK SC"', '"Source Han Serif SC"', 'STSong', 'SimSun', 'Georgia', '"Times New Roman"', 'serif'],
  'serif-en': [
    'Charter',
    '"Bitstream Charter"',
    '"Sitka Text"',
    'Cambria',
    'Georgia',
    '"Times New Roman"',
    '"Noto Serif CJK SC"',
    '"Songti SC"',
    'serif',
  ],
} as const;

export type Palette = (typeof palettes)[keyof typeof palettes];

const vars = (palette: Palette) => Object.fromEntries(Object.entries(palette).map(([name, value]) => [`--color-${name}`, value]));
const colour = (name: string) => `var(--color-${name})`;

export default {
  content: ['./src/**/*.{astro,ts,mdx}', './content/**/*.mdx'],
  theme: {
    extend: {
      colors: Object.fromEntries(Object.keys(palettes.light).map((name) => [name, colour(name)])),
      fontFamily: Object.fromEntries(Object.entries(fonts).map(([name, stack]) => [name, [...stack]])),
      maxWidth: { measure: '38rem', page: '72rem' },
      lineHeight: { zh: '1.85', en: '1.65' },
    },
  },
  plugins: [
    // The colour variables themselves, for the reader's light or dark scheme.
    plugin(({ addBase }) => {
      addBase({
        ':root': { 'color-scheme': 'light dark', ...vars(palettes.light) },
        '@media (prefers-color-scheme: dark)': { ':root': vars(palettes.dark) },
      });
    }),
  ],
} satisfies Config;
