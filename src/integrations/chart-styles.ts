import type { Plugin } from 'vite';
import { chartStyleRules } from '../lib/charts/registry';
import { pageCss } from '../lib/charts/styles';

const id = 'virtual:chart-marks.css';

/**
 * The page CSS of chart marks, made from the rules each chart type declares with its layout
 * (src/lib/charts/types/…), the same rules the downloads are coloured with. Components import
 * it as `virtual:chart-marks.css`, and Vite bundles it like any stylesheet.
 */
export function chartStyles(): Plugin {
  return {
    name: 'striving:chart-styles',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) =>
      resolved === `\0${id}`
        ? `/* Chart marks: generated from the chart types' style rules (src/lib/charts/styles.ts). */\n${pageCss(chartStyleRules)}\n`
        : undefined,
  };
}
