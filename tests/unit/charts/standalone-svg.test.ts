import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { formatThemeCss, palettes } from '../../../src/lib/charts/palette';
import { buildChartModel } from '../../../src/lib/charts/registry';
import { renderStandaloneSvg } from '../../../src/lib/charts/standalone-svg';
import type { ChartSpec } from '../../../src/schemas/chart';
import { context, specs } from './fixtures';

const text = { notes: ['A note.'], source: 'Source: X', credit: 'Site · https://example.com/en/' };
const model = (name: keyof typeof specs, lang: 'zh' | 'en' = 'en') => buildChartModel(specs[name] as ChartSpec, context(lang));

describe('standalone chart SVG', () => {
  it('is a complete document with a title, inline styles and a paper background', () => {
    const { svg, width, height } = renderStandaloneSvg(model('rows'), text);
    const doc = parse(svg);
    expect(width).toBe(640);
    expect(doc.querySelector('svg')?.getAttribute('height')).toBe(String(height));
    expect(doc.querySelector('title')?.textContent).toBe(model('rows').title);
    expect(doc.querySelector('style')?.textContent).toContain(palettes.light['chart-1']);
    expect(doc.querySelector('style')?.textContent).toMatch(
      /font-family:'Noto Sans','Helvetica Neue',Arial,'Noto Sans SC'.*'Microsoft YaHei'/,
    );
    expect(svg).toContain(`fill="${palettes.light.paper}"`);
    expect(svg).toContain('Source: X');
  });

  it('names system CJK fonts first for Chinese', () => {
    expect(renderStandaloneSvg(model('rows', 'zh'), text).svg).toMatch(/font-family:'Noto Sans SC','Noto Sans CJK SC','PingFang SC'/);
  });

  it('shows every figure: all rows highlighted', () => {
    const { svg } = renderStandaloneSvg(model('rows'), text);
    expect(svg).not.toContain('is-off');
  });

  it('shows the unit chart split into its parts, with the separate figure and the key', () => {
    const { svg } = renderStandaloneSvg(model('unit'), text);
    expect(svg).toContain('data-group="part-0"');
    expect(svg).toContain('New unions: 55,900');
    expect(svg).not.toMatch(/class="unit-extra"[^>]*opacity="0"/);
    expect(svg).toContain('Each square: 100,000 members');
  });
});

describe('the downloads’ stylesheet', () => {
  it('colours every class the page stylesheet colours for charts', () => {
    const page = readFileSync(join(import.meta.dirname, '..', '..', '..', 'src/styles/charts.css'), 'utf8');
    const classes = (css: string) => new Set([...css.matchAll(/\.chart-svg[^{]*?\.([a-z-]+)[\s{,[]/g)].map((m) => m[1]));
    const inline = renderStandaloneSvg(model('rows'), text).svg;
    // State classes (is-on, is-off) do not apply: a download shows every figure highlighted.
    const missing = [...classes(page)].filter(
      (c) => c && !['mark', 'stat', 'is-on', 'is-off'].includes(c) && !new RegExp(`\\.${c}\\b`).test(inline),
    );
    expect(missing).toEqual([]);
  });
});

describe('embed theme CSS', () => {
  it('follows the colour scheme unless ?theme= pins one', () => {
    const css = formatThemeCss();
    expect(css).toContain(`--color-paper:${palettes.light.paper}`);
    expect(css).toMatch(/prefers-color-scheme:dark\)\{:root:not\(\[data-theme=light\]\)/);
    expect(css).toContain(`:root[data-theme=dark]{color-scheme:dark;--color-paper:${palettes.dark.paper}`);
  });
});
