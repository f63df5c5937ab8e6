import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildChartModel, type ChartSpecLike } from '../../../src/lib/charts/model';
import { formatThemeCss, palettes } from '../../../src/lib/charts/palette';
import { renderStandaloneSvg } from '../../../src/lib/charts/standalone-svg';
import type { Figure } from '../../../src/lib/figures';

const root = join(import.meta.dirname, '..', '..', '..');
const charts = JSON.parse(readFileSync(join(root, 'content/charts.json'), 'utf8')) as ChartSpecLike[];
const figures = new Map((JSON.parse(readFileSync(join(root, 'content/figures.json'), 'utf8')) as (Figure)[]).map((f) => [f.id, f]));
const text = { kicker: 'Chart · 2025', notes: ['A note.'], source: 'Source: X', credit: 'Site · https://example.com/en/' };
const model = (id: string) => buildChartModel(charts.find((c) => c.id === id) as ChartSpecLike, (f) => figures.get(f), 'en', { main: 'box', compare: 'main text' });

describe('standalone chart SVG', () => {
  it('is a complete document with a title, inline styles and a paper background', () => {
    const { svg, width, height } = renderStandaloneSvg(model('care'), text);
    const doc = parse(svg);
    expect(width).toBe(640);
    expect(doc.querySelector('svg')?.getAttribute('height')).toBe(String(height));
    expect(doc.querySelector('title')?.textContent).toBe(model('care').title);
    expect(doc.querySelector('style')?.textContent).toContain(palettes.light['chart-1']);
    expect(doc.querySelector('style')?.textContent).toMatch(/font-family:'Noto Sans','Helvetica Neue',Arial,'Noto Sans SC'.*'Microsoft YaHei'/);
    expect(svg).toContain(`fill="${palettes.light.paper}"`);
    expect(svg).toContain('Source: X');
  });

  it('names system CJK fonts first for Chinese', () => {
    const zh = buildChartModel(charts.find((c) => c.id === 'care') as ChartSpecLike, (f) => figures.get(f), 'zh', { main: '数说', compare: '正文' });
    expect(renderStandaloneSvg(zh, text).svg).toMatch(/font-family:'Noto Sans SC','Noto Sans CJK SC','PingFang SC'/);
  });

  it('shows every figure: all rows highlighted', () => {
    const { svg } = renderStandaloneSvg(model('rights-chain'), text);
    expect(svg).not.toContain('is-off');
  });

  it('shows the unit chart split into its parts, with the separate figure and the key', () => {
    const m = model('organising');
    const { svg } = renderStandaloneSvg(m, text);
    expect(svg).toContain('data-group="part-0"');
    expect(svg).toContain(m.unit?.labels.extra ?? 'missing');
    expect(svg).not.toMatch(/data-group="extra"[^>]*opacity="0"/);
    expect(svg).toContain('each square standing for');
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
