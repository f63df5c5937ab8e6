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
    // The ground of a search match (<mark>), in the results and on the page a result opens.
    mark: '#f7df8a',
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
    mark: '#5c4a10',
  },
} as const;

/**
 * System fonts only: no web font is ever downloaded (no Chinese font could be, at its size).
 * One sans and one serif stack per language. Chinese puts the CJK faces first, so “ ” and the
 * other marks take their full-width Chinese forms (a Latin-first stack sets them in system-ui's
 * narrow Latin glyphs); English puts the Latin faces first, so its quotes are not set full-width.
 * Chinese headings are set in Songti where a system has it; English pairs a Latin serif for
 * headings with the system sans for text.
 */
export const fonts = {
  zh: {
    sans: [
      '"PingFang SC"',
      '"Hiragino Sans GB"',
      '"Noto Sans CJK SC"',
      '"Source Han Sans SC"',
      '"Microsoft YaHei"',
      '"WenQuanYi Micro Hei"',
      'system-ui',
      '-apple-system',
      '"Segoe UI"',
      'Roboto',
      'sans-serif',
    ],
    serif: ['"Songti SC"', '"Noto Serif CJK SC"', '"Source Han Serif SC"', 'STSong', 'SimSun', 'Georgia', '"Times New Roman"', 'serif'],
  },
  // The 繁體 edition: the same stacks with the faces that draw traditional characters in their
  // own shapes (Taiwan standard) first.
  'zh-hant': {
    sans: [
      '"PingFang TC"',
      '"Noto Sans CJK TC"',
      '"Source Han Sans TC"',
      '"Microsoft JhengHei"',
      '"PingFang SC"',
      '"Noto Sans CJK SC"',
      'system-ui',
      '-apple-system',
      '"Segoe UI"',
      'Roboto',
      'sans-serif',
    ],
    serif: [
      '"Songti TC"',
      '"Noto Serif CJK TC"',
      '"Source Han Serif TC"',
      'PMingLiU',
      '"Songti SC"',
      '"Noto Serif CJK SC"',
      'Georgia',
      'serif',
    ],
  },
  en: {
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
    serif: [
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
  },
} as const;

/**
 * The stacks as CSS variables set by language (`:lang(zh)` and `:lang(en)` match every element
 * inside a part in that language), so `font-sans` and `font-serif` pick the stack of the text
 * they are set on, whatever the page's own language is.
 */
const fontVars = (lang: keyof typeof fonts) => ({
  '--font-stack-sans': fonts[lang].sans.join(','),
  '--font-stack-serif': fonts[lang].serif.join(','),
});

export type Palette = (typeof palettes)[keyof typeof palettes];

const vars = (palette: Palette) => Object.fromEntries(Object.entries(palette).map(([name, value]) => [`--color-${name}`, value]));
const colour = (name: string) => `var(--color-${name})`;

export default {
  content: ['./src/**/*.{astro,ts,mdx}', './content/**/*.mdx'],
  theme: {
    extend: {
      colors: Object.fromEntries(Object.keys(palettes.light).map((name) => [name, colour(name)])),
      fontFamily: { sans: 'var(--font-stack-sans)', serif: 'var(--font-stack-serif)' },
      maxWidth: { measure: '38rem', page: '72rem' },
      lineHeight: { zh: '1.85', en: '1.65' },
    },
  },
  plugins: [
    // The colour variables themselves, for the reader's light or dark scheme.
    plugin(({ addBase }) => {
      addBase({
        ':root': { 'color-scheme': 'light dark', ...vars(palettes.light) },
        // The English stacks are the default; Chinese text, anywhere, swaps in its own.
        ':root, :lang(en)': fontVars('en'),
        ':lang(zh)': fontVars('zh'),
        ':lang(zh-Hant)': fontVars('zh-hant'),
        '@media (prefers-color-scheme: dark)': { ':root': vars(palettes.dark) },
      });
    }),
  ],
} satisfies Config;
