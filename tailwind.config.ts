import type { Config } from 'tailwindcss';

// Colours are CSS variables (set in src/styles/global.css) so dark mode swaps
// them in one place and every utility follows.
const colour = (name: string) => `var(--color-${name})`;

export default {
  content: ['./src/**/*.{astro,ts,mdx}', './content/**/*.mdx'],
  theme: {
    extend: {
      colors: {
        paper: colour('paper'),
        'paper-2': colour('paper-2'),
        ink: colour('ink'),
        'ink-2': colour('ink-2'),
        rule: colour('rule'),
        accent: colour('accent'),
        'accent-ink': colour('accent-ink'),
        chart: {
          1: colour('chart-1'),
          2: colour('chart-2'),
          3: colour('chart-3'),
          4: colour('chart-4'),
        },
      },
      fontFamily: {
        // System fonts only: no Chinese web font is ever downloaded.
        sans: [
          'system-ui', '-apple-system', '"PingFang SC"', '"Hiragino Sans GB"', '"Microsoft YaHei"',
          '"Noto Sans CJK SC"', '"Source Han Sans SC"', '"WenQuanYi Micro Hei"', 'sans-serif',
        ],
        serif: [
          '"Songti SC"', '"Noto Serif CJK SC"', '"Source Han Serif SC"', 'STSong', 'SimSun',
          'Georgia', '"Times New Roman"', 'serif',
        ],
        // English headings: Latin faces first so quotes and apostrophes are not set full-width.
        'serif-en': ['Georgia', '"Times New Roman"', '"Noto Serif CJK SC"', '"Songti SC"', 'serif'],
      },
      maxWidth: { measure: '38rem', page: '72rem' },
      lineHeight: { zh: '1.85', en: '1.65' },
    },
  },
} satisfies Config;
