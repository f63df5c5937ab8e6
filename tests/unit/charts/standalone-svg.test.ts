import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { formatThemeCss, palettes } from '../../../src/lib/charts/palette';
import { buildChartModel, chartStyleRules, drawChart, drawWholeChart } from '../../../src/lib/charts/registry';
import { downloadCss, pageCss, styledClasses } from '../../../src/lib/charts/styles';
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

  it('shows the unit chart’s total and each part against it, with the key and its swatch', () => {
    const { svg } = renderStandaloneSvg(model('unit'), text);
    expect(svg).toContain('New members: 4.894 million');
    expect(svg).toContain('Of which: Gig workers: 1.7 million');
    expect(svg).not.toMatch(/opacity="0"/);
    expect(svg).toContain('Each square: 100,000 members');
    expect(svg).toContain(`class="swatch"`);
  });

  it('draws each key’s own mark and sets its words beside it, never over it', () => {
    const keyed = {
      ...model('unit'),
      keys: [
        { text: 'Square', swatch: 'square' as const },
        { text: 'Dashed', swatch: 'more-square' as const },
        { text: 'Arrow', swatch: 'more' as const },
        { text: 'Plain' },
      ],
    };
    const doc = parse(renderStandaloneSvg(keyed, text).svg);
    const swatches = doc.querySelectorAll('.swatch');
    expect(swatches.map((s) => s.tagName.toLowerCase())).toEqual(['rect', 'rect', 'path']);
    expect(swatches[1]?.getAttribute('stroke-dasharray')).toBe('3 2');
    const x = (word: string) =>
      Number(
        doc
          .querySelectorAll('text.key')
          .find((t) => t.text === word)
          ?.getAttribute('x'),
      );
    for (const word of ['Square', 'Dashed', 'Arrow']) expect(x(word), word).toBeGreaterThan(x('Plain') + 10);
  });
});

describe('chart styles, declared once per type', () => {
  // Classes that mark structure or a step's state, not a look of their own.
  const structural = new Set(['mark', 'group', 'callout', 'is-on', 'is-off', 'is-compare', 'is-pending', 'chart-svg']);
  const drawnClasses = (markup: string) =>
    new Set([...markup.matchAll(/class="([^"]+)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/)).filter((c) => c && !structural.has(c)));

  it('style every class every chart type draws, in every step, and nothing no type draws', () => {
    const drawn = new Set<string>();
    const models = (Object.keys(specs) as (keyof typeof specs)[]).map((name) => model(name));
    for (const m of models) {
      for (let step = 0; step < m.steps.length; step += 1) for (const c of drawnClasses(drawChart(m, 320, step).markup)) drawn.add(c);
      for (const c of drawnClasses(drawWholeChart(m, 640).markup)) drawn.add(c);
    }
    const styled = new Set([...styledClasses(chartStyleRules)].filter((c) => !structural.has(c)));
    // Frame text of the page is HTML (.chart-kicker …); row labels take the text rule.
    expect([...drawn].filter((c) => !styled.has(c) && c !== 'row-label').sort()).toEqual([]);
    expect([...styled].filter((c) => !drawn.has(c)).sort()).toEqual([]);
  });

  it('render as theme variables on the page and as the light palette in a download', () => {
    const rules = [{ page: '.mark.is-on .dot, .mark.is-on .bar', download: '.dot, .bar', props: { fill: '{chart-1}' } }];
    expect(pageCss(rules)).toBe('.chart-svg .mark.is-on .dot,.chart-svg .mark.is-on .bar{fill:var(--color-chart-1)}');
    expect(downloadCss(rules, palettes.light)).toBe(`.dot, .bar{fill:${palettes.light['chart-1']}}`);
    // A page-only rule (a step state, a transition) stays out of the download.
    expect(downloadCss([{ page: '.mark.is-off .dot', props: { fill: '{ink-2}' } }], palettes.light)).toBe('');
  });

  it('colour a download with every figure highlighted', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(renderStandaloneSvg(model('rows'), text).svg)?.[1] ?? '';
    expect(style).toContain(`.bar{fill:${palettes.light['chart-1']}}`);
    expect(style).not.toMatch(/is-on|is-off|var\(/);
  });
});

describe('embed theme CSS', () => {
  it('follows the colour scheme unless ?theme= pins one', () => {
    const css = formatThemeCss();
    expect(css).toContain(`--color-paper:${palettes.light.paper}`);
    expect(css).toMatch(/prefers-color-scheme:dark\)\{:root:not\(\[data-theme=light\]\)/);
    expect(css).toContain(`:root[data-theme=dark]{color-scheme:dark;--color-paper:${palettes.dark.paper}`);
  });
  it('sets Chinese in a CJK-first stack, so “ ” take their full-width forms, and English Latin-first', () => {
    const css = formatThemeCss();
    expect(css).toMatch(/:lang\(zh\)\{--font-sans:"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC",[^}]*system-ui/);
    expect(css).toMatch(/:root,:lang\(en\)\{--font-sans:system-ui,/);
  });
});
