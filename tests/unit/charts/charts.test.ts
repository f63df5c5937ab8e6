import { describe, expect, it } from 'vitest';
import { buildChartModel, chartRefs, checkChart, drawChart, drawWholeChart } from '../../../src/lib/charts/registry';
import { FOCUS_WIDTH } from '../../../src/lib/charts/types/rows';
import { estimateTextWidth } from '../../../src/lib/charts/text-width';
import type { ChartSpec } from '../../../src/schemas/chart';
import { context, ledger, specs } from './fixtures';

const lookup = (id: string) => ledger.get(id);
const problems = (spec: ChartSpec) => checkChart(spec, lookup).map((p) => `${p.field}: ${p.message}`);

describe('checkChart refuses a chart that would mean nothing', () => {
  it('accepts the fixtures', () => {
    for (const spec of Object.values(specs)) expect(problems(spec as ChartSpec), spec.id).toEqual([]);
  });
  it('names an unknown figure and its field', () => {
    const spec = { ...specs.rows, panels: [{ scale: 'linear' as const, rows: [{ figure: 'nope' }] }] };
    expect(problems(spec)).toContain('panels[0].rows[0].figure: unknown figure "nope"');
  });
  it('refuses a step that highlights a figure the chart does not draw', () => {
    const spec = { ...specs.symbols, steps: [...specs.symbols.steps, { highlight: ['money'], zh: 'x', en: 'x' }] };
    expect(problems(spec)).toEqual(['steps[2].highlight: "money" is not drawn in this chart']);
  });
  it('refuses money and head-counts on one scale', () => {
    const spec = {
      ...specs.rows,
      panels: [{ scale: 'linear' as const, rows: [{ figure: 'money' }, { figure: 'stations' }] }],
      steps: [
        { highlight: ['money'], zh: 'x', en: 'x' },
        { highlight: ['stations'], zh: 'x', en: 'x' },
      ],
    };
    expect(problems(spec)).toEqual(['panels[0]: mixes units (yuan, places) on one scale: give each unit its own panel']);
  });
  it('refuses a second mark that is not the article’s own contradiction', () => {
    const spec = {
      ...specs.rows,
      panels: [{ scale: 'linear' as const, rows: [{ figure: 'stations', compare: 'rooms' }] }],
      steps: [
        { highlight: ['rooms'], zh: 'x', en: 'x' },
        { highlight: ['stations'], zh: 'x', en: 'x' },
      ],
    };
    expect(problems(spec)[0]).toMatch(/rows\[0\]\.compare: "rooms" is not the figure the article contradicts/);
  });
  it('refuses parts that add up to more than the whole, and an "extra" step without an extra figure', () => {
    const spec = { ...specs.unit, whole: { ...specs.unit.whole, parts: ['migrant', 'migrant'] }, extra: undefined };
    expect(problems(spec)).toEqual([
      'steps[1].highlight: "gig" is not drawn in this chart',
      'steps[2].highlight: "orgs" is not drawn in this chart',
      'whole.parts: the parts add up to 6380000, more than the total 4894000',
      'steps[2].state: shows "extra" but the chart has no extra figure',
    ]);
  });
  it('refuses symbols that stand for different units', () => {
    expect(
      problems({
        ...specs.symbols,
        groups: ['stations', 'orgs'],
        steps: [
          { highlight: ['stations'], zh: 'x', en: 'x' },
          { highlight: ['orgs'], zh: 'x', en: 'x' },
        ],
      }),
    ).toEqual(['groups: mixes units (places, organisations): one symbol must mean one quantity']);
  });
  it('lists every figure a chart names, with its field', () => {
    expect(chartRefs(specs.unit as ChartSpec).slice(0, 4)).toEqual([
      { field: 'whole.total', id: 'members' },
      { field: 'whole.parts[0]', id: 'gig' },
      { field: 'whole.parts[1]', id: 'migrant' },
      { field: 'extra.figure', id: 'orgs' },
    ]);
  });
});

describe('chart models', () => {
  it('say "various periods" when figures differ, and tag each label with its own period', () => {
    const model = buildChartModel(specs.symbols as ChartSpec, context());
    expect(model.kicker).toBe('Chart · various periods');
    expect(model.type === 'symbols' && model.groups.map((g) => g.label)).toEqual([
      'Rest stations: more than 7,400 (to date)',
      'Mothers’ rooms: more than 5,200 (to date)',
      'Legal-aid centres and service points for workers across the province: 932 (14th Five-Year Plan period)',
    ]);
    expect(buildChartModel(specs.unit as ChartSpec, context()).kicker).toBe('Chart · 14th Five-Year Plan period');
  });
  it('give money its currency, and tell the two figures of a contradiction apart', () => {
    const model = buildChartModel(specs.rows as ChartSpec, context());
    const marks = model.type === 'rows' ? model.panels.flatMap((p) => p.rows.flatMap((r) => r.marks.map((m) => m.valueText))) : [];
    expect(marks).toEqual([
      'more than 3,000 · box',
      '1,567 · main text',
      'more than 7,400',
      'more than 5,200',
      '932',
      'more than 16 million yuan',
    ]);
  });
  it('describe each step from the ledger, for screen readers, and give it a stable anchor', () => {
    const model = buildChartModel(specs.rows as ChartSpec, context());
    expect(model.steps[1]?.describe).toBe('Highlighted: Rest stations: more than 7,400; Mothers’ rooms: more than 5,200.');
    expect(model.steps.map((s) => s.anchor)).toEqual(['chart-r-1', 'chart-r-2', 'chart-r-money']);
    expect(buildChartModel(specs.rows as ChartSpec, context('zh')).steps[0]?.describe).toBe('突出显示：招聘会：3000余；招聘会：1567。');
  });
  it('print a unit chart’s keys with the square’s quantity', () => {
    expect(buildChartModel(specs.unit as ChartSpec, context()).keys).toEqual(['Each square: 100,000 members', 'Each dot: 10,000 unions']);
  });
});

describe('drawing', () => {
  const widths = [256, 288, 390, 640];
  for (const [name, spec] of Object.entries(specs)) {
    for (const lang of ['en', 'zh'] as const) {
      const model = buildChartModel(spec as ChartSpec, context(lang));
      it(`${name} (${lang}) keeps one height through every step at each width`, () => {
        for (const width of widths) {
          const heights = model.steps.map((_, i) => drawChart(model, width, i).height);
          expect(new Set(heights).size, `width ${width}`).toBe(1);
        }
      });
      it(`${name} (${lang}) never sets a line of text wider than the chart`, () => {
        for (const width of widths) {
          for (let i = 0; i < model.steps.length; i += 1) {
            const { markup } = drawChart(model, width, i);
            for (const m of markup.matchAll(/<text([^>]*)>(.*?)<\/text>/g)) {
              const attrs = m[1] ?? '';
              const bold = /class="(value|stat-value|panel-heading|unit-label|symbol-label)"/.test(attrs);
              const size = attrs.includes('stat-value') ? 22 : 14;
              for (const line of (m[2] ?? '').split(/<tspan[^>]*>|<\/tspan>/).filter(Boolean)) {
                expect(estimateTextWidth(line, size, bold), `${width}px: ${line}`).toBeLessThanOrEqual(width);
              }
            }
          }
        }
      });
    }
  }
  it('shows a phone only the panels of the step, and a wide screen all of them', () => {
    const model = buildChartModel(specs.rows as ChartSpec, context());
    expect(drawChart(model, FOCUS_WIDTH - 1, 2).markup).not.toContain('data-fig="stations"');
    expect(drawChart(model, FOCUS_WIDTH, 2).markup).toContain('data-fig="stations"');
  });
  it('keys every mark, so a transition can move it to its new place', () => {
    const model = buildChartModel(specs.unit as ChartSpec, context());
    const keys = (step: number) => [...drawChart(model, 288, step).markup.matchAll(/data-key="(m\d+)"/g)].map((m) => m[1]);
    // Every square of the whole is in every arrangement; the parts may add one cut square each.
    expect(keys(0)).toHaveLength(49);
    expect(keys(0).every((k) => keys(1).includes(k))).toBe(true);
  });
  it('labels the part of the whole the article does not break down', () => {
    const model = buildChartModel(specs.unit as ChartSpec, context());
    expect(drawChart(model, 288, 1).markup).toContain('The rest');
    expect(drawChart(model, 288, 1).markup).toContain('data-group="rest"');
  });
  it('draws the separate figure with its own mark, never with the whole’s squares', () => {
    const model = buildChartModel(specs.unit as ChartSpec, context());
    const markup = drawChart(model, 288, 2).markup;
    expect(markup.match(/<circle class="unit-extra"/g)).toHaveLength(6);
    expect(markup).not.toContain('data-group="extra"');
  });
  it('draws every figure at once for the downloads', () => {
    const whole = drawWholeChart(buildChartModel(specs.rows as ChartSpec, context()), 640).markup;
    expect(whole).not.toContain('is-off');
  });
});
