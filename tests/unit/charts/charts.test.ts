import { describe, expect, it } from 'vitest';
import { buildChartModel, chartRefs, checkChart, drawChart, drawWholeChart } from '../../../src/lib/charts/registry';
import { regularTicks } from '../../../src/lib/charts/types/rows';
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
    const spec = { ...specs.rows, panels: [{ rows: [{ figure: 'nope' }] }] };
    expect(problems(spec)).toContain('panels[0].rows[0].figure: unknown figure "nope"');
  });
  it('refuses a step that highlights a figure the chart does not draw', () => {
    const spec = { ...specs.symbols, steps: [...specs.symbols.steps, { highlight: ['money'], zh: 'x', en: 'x' }] };
    // (money is not among the groups, so only the highlight is refused)
    expect(problems(spec)).toEqual(['steps[2].highlight: "money" is not drawn in this chart']);
  });
  it('refuses money and head-counts on one scale', () => {
    const spec = {
      ...specs.rows,
      panels: [{ rows: [{ figure: 'money' }, { figure: 'stations' }] }],
      steps: [
        { highlight: ['money'], zh: 'x', en: 'x' },
        { highlight: ['stations'], zh: 'x', en: 'x' },
      ],
    };
    expect(problems(spec)).toContain('panels[0]: mixes units (yuan, places) on one scale: give each unit its own panel');
  });
  it('refuses a second mark that is not the article’s own contradiction', () => {
    const spec = {
      ...specs.rows,
      panels: [{ rows: [{ figure: 'stations', compare: 'rooms' }] }],
      steps: [
        { highlight: ['rooms'], zh: 'x', en: 'x' },
        { highlight: ['stations'], zh: 'x', en: 'x' },
      ],
    };
    expect(problems(spec)[0]).toMatch(/rows\[0\]\.compare: "rooms" is not the figure the article contradicts/);
  });
  it('lets parts of a whole add up to more than it (they may overlap), but never one part above the whole', () => {
    const overlapping = { ...specs.unit, whole: { ...specs.unit.whole, parts: ['migrant', 'migrant'] } };
    expect(problems(overlapping).filter((p) => p.startsWith('whole'))).toEqual([]);
    const big = { ...specs.unit, whole: { ...specs.unit.whole, total: 'gig', parts: ['migrant'] } };
    expect(problems(big)).toContain('whole.parts[0]: "migrant" (3190000) is larger than the whole (1700000)');
  });
  it('refuses "to date" and a period on one scale, and a part larger than its bar', () => {
    const spec = {
      ...specs.rows,
      panels: [{ rows: [{ figure: 'stations' }, { figure: 'centres' }] }, { rows: [{ figure: 'gig-kids', part: 'kids' }] }],
      steps: [
        { highlight: ['stations', 'centres'], zh: 'x', en: 'x' },
        { highlight: ['kids', 'gig-kids'], zh: 'x', en: 'x' },
      ],
    };
    expect(problems(spec)).toEqual([
      'panels[0]: mixes periods (to-date, fyp14) on one scale: give each period its own panel',
      'panels[1].rows[0].part: the part (142800) is larger than its whole (10400)',
    ]);
  });
  it('refuses a figure no step reveals, a callout on a mark not drawn yet, and a callout that repeats the card', () => {
    const spec = {
      ...specs.unit,
      steps: [
        { highlight: ['members'], zh: '{members}', en: '{members}', callouts: [{ figure: 'gig', zh: '早了', en: 'Too soon' }] },
        { highlight: ['gig'], zh: '{gig}人', en: 'Gig: {gig}', callouts: [{ figure: 'gig', zh: '{gig}', en: 'Gig' }] },
      ],
    };
    expect(problems(spec)).toEqual([
      'steps[0].callouts[0]: "gig" is not drawn yet in this step (no step so far highlights it)',
      'steps[1].callouts[0].zh: repeats the step card ("170万"): a callout points, the card tells',
      'steps[1].callouts[0].en: repeats the step card ("Gig"): a callout points, the card tells',
      'steps: no step highlights "migrant", so it is never drawn',
    ]);
  });
  it('refuses a callout longer than one line on the narrowest phone', () => {
    const long = 'A callout that goes on to tell the whole story of the step, which is the card’s job';
    const spec = {
      ...specs.symbols,
      steps: [{ ...specs.symbols.steps[0]!, callouts: [{ figure: 'stations', zh: '短', en: long }] }, specs.symbols.steps[1]!],
    };
    expect(problems(spec)).toEqual(['steps[0].callouts[0].en: is longer than one line at 256px: a callout points, the card tells']);
  });
  it('refuses an upper bound drawn as symbols', () => {
    const spec = {
      ...specs.symbols,
      groups: ['before', 'after'],
      steps: [
        { highlight: ['before'], zh: 'x', en: 'x' },
        { highlight: ['after'], zh: 'x', en: 'x' },
      ],
    };
    expect(problems(spec)).toContain('groups[1]: "after" is an upper bound (fewer-than): symbols would draw it as a count');
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
    ).toContain('groups: mixes units (places, organisations): one symbol must mean one quantity');
  });
  it('lists every figure a chart names, with its field', () => {
    expect(chartRefs(specs.unit as ChartSpec).slice(0, 4)).toEqual([
      { field: 'whole.total', id: 'members' },
      { field: 'whole.parts[0]', id: 'gig' },
      { field: 'whole.parts[1]', id: 'migrant' },
      { field: 'steps[0].highlight', id: 'members' },
    ]);
  });
});

describe('chart models', () => {
  it('say "various periods" when figures differ, and tag each label with its own period', () => {
    const spec = { ...specs.symbols, groups: ['stations', 'rooms', 'centres'] };
    const model = buildChartModel(spec as ChartSpec, context());
    expect(model.kicker).toBe('Chart · various periods');
    expect(model.type === 'symbols' && model.groups.map((g) => g.label)).toEqual([
      'Rest stations: more than 7,400 (to date)',
      'Mothers’ rooms: more than 5,200 (to date)',
      'Legal-aid centres and service points for workers across the province: 932 (14th Five-Year Plan period)',
    ]);
    expect(buildChartModel(specs.unit as ChartSpec, context()).kicker).toBe('Chart · 14th Five-Year Plan period');
  });
  it('give money its currency, tell the two figures of a contradiction apart, and keep each bound', () => {
    const model = buildChartModel(specs.rows as ChartSpec, context());
    const marks =
      model.type === 'rows'
        ? model.panels.flatMap((p) => p.rows.flatMap((r) => r.marks.map((m) => `${m.valueText} (${m.qualifier})`)))
        : [];
    expect(marks).toEqual([
      'more than 3,000 · box (more-than)',
      '1,567 · main text (exact)',
      '15 (exact)',
      'fewer than 3 (fewer-than)',
      '142,800 (exact)',
      'more than 16 million yuan (more-than)',
    ]);
  });
  it('fill titles from the ledger, describe each step for screen readers, and give it a stable anchor', () => {
    const model = buildChartModel(specs.rows as ChartSpec, context());
    expect(model.title).toBe('1,567 fairs');
    expect(model.steps[2]?.describe).toBe('Highlighted: After: fewer than 3; Before: 15.');
    expect(model.steps.map((s) => s.anchor)).toEqual(['chart-r-1', 'chart-r-2', 'chart-r-3', 'chart-r-4', 'chart-r-5', 'chart-r-money']);
    expect(buildChartModel(specs.rows as ChartSpec, context('zh')).steps[0]?.describe).toBe('突出显示：招聘会：3000余；招聘会：1567。');
  });
  it('build up: each step draws what it and the steps before it highlight', () => {
    const model = buildChartModel(specs.rows as ChartSpec, context());
    expect(model.steps.map((s) => s.revealed.length)).toEqual([2, 3, 4, 5, 6, 7]);
  });
  it('print a unit chart’s key with the square’s quantity and a swatch', () => {
    expect(buildChartModel(specs.unit as ChartSpec, context()).keys).toEqual([{ text: 'Each square: 100,000 members', swatch: 'square' }]);
  });
});

describe('ticks', () => {
  const steps = (values: number[]) => new Set(values.slice(1).map((v, i) => v - (values[i] ?? 0)));
  it('are d3’s nice, evenly spaced values, every label shown, at any width', () => {
    for (const max of [15, 3_000, 142_800, 1_200_000, 58_840_000])
      for (const width of [200, 256, 288, 390, 640])
        for (const lang of ['zh', 'en'] as const) {
          const { ticks } = regularTicks(max, lang, 0, width);
          const values = ticks.map((t) => t.value);
          expect(values[0], `${max} at ${width}`).toBe(0);
          expect(steps(values).size, `${max} at ${width}: ${values.join(', ')}`).toBeLessThanOrEqual(1);
          expect(values.at(-1), `${max} at ${width}`).toBeGreaterThanOrEqual(max / 2);
          for (const [i, t] of ticks.entries()) if (i) expect(t.x).toBeGreaterThan(ticks[i - 1]?.x ?? 0);
        }
  });
  it('never leave a gap: 0, 200,000, 600,000 cannot happen', () => {
    const { ticks } = regularTicks(1_200_000, 'en', 0, 288);
    expect(steps(ticks.map((t) => t.value)).size).toBe(1);
  });
});

describe('drawing', () => {
  const widths = [256, 288, 390, 640];
  for (const [name, spec] of Object.entries(specs)) {
    for (const lang of ['en', 'zh'] as const) {
      const model = buildChartModel(spec as ChartSpec, context(lang));
      it(`${name} (${lang}) keeps one height through every step at each width and room`, () => {
        for (const width of widths)
          for (const room of [undefined, 700]) {
            const heights = model.steps.map((_, i) => drawChart(model, width, i, room).height);
            expect(new Set(heights).size, `width ${width}, room ${room}`).toBe(1);
            // Marks grow into the room; a drawing already taller keeps its own height.
            if (room) expect(heights[0]).toBeLessThanOrEqual(Math.max(room, drawChart(model, width, 0).height));
          }
      });
      it(`${name} (${lang}) never sets a line of text wider than the chart`, () => {
        for (const width of widths) {
          for (let i = 0; i < model.steps.length; i += 1) {
            const { markup } = drawChart(model, width, i);
            for (const m of markup.matchAll(/<text([^>]*)>(.*?)<\/text>/g)) {
              const attrs = m[1] ?? '';
              const bold = /class="(value|panel-heading|unit-label[^"]*|symbol-label[^"]*|callout-text|part-label[^"]*)"/.test(attrs);
              for (const span of (m[2] ?? '').matchAll(/(?:<tspan([^>]*)>)?([^<]+)/g)) {
                const line = span[2] ?? '';
                const x = Number(/x="([\d.]+)"/.exec(span[1] ?? attrs)?.[1] ?? 0);
                const w = estimateTextWidth(line, 14, bold);
                const start = attrs.includes('text-anchor="end"') ? x - w : attrs.includes('text-anchor="middle"') ? x - w / 2 : x;
                expect(start, `${width}px: ${line}`).toBeGreaterThanOrEqual(-1);
                expect(start + w, `${width}px: ${line}`).toBeLessThanOrEqual(width + 1);
              }
            }
          }
        }
      });
    }
  }
  it('grows the marks into the room a wide screen gives, never past it', () => {
    const model = buildChartModel(specs.rows as ChartSpec, context());
    const plain = drawChart(model, 640, 0).height;
    const filled = drawChart(model, 640, 0, plain * 1.8).height;
    expect(filled).toBeGreaterThan(plain * 1.3);
    expect(filled).toBeLessThanOrEqual(plain * 1.8);
  });
  it('draws a bar not yet revealed at no length, so its step grows it', () => {
    const model = buildChartModel(specs.rows as ChartSpec, context());
    const width = (step: number) => /data-key="bar-after"[^>]*width="([\d.]+)"/.exec(drawChart(model, 288, step).markup)?.[1];
    expect(width(1)).toBe('0');
    expect(Number(width(2))).toBeGreaterThan(0);
  });
  it('draws "fewer than 3" as an outline to the bound, and "more than" with an open end', () => {
    const markup = drawChart(buildChartModel(specs.rows as ChartSpec, context()), 288, 5).markup;
    expect(markup).toMatch(/<rect class="bar is-under" data-key="bar-after"/);
    expect(markup).not.toMatch(/<rect class="bar" data-key="bar-after"/);
    expect(markup.match(/class="bar-more"/g)).toHaveLength(2);
  });
  it('draws a callout only in its own step, spanning from one bar to the other', () => {
    const model = buildChartModel(specs.rows as ChartSpec, context());
    expect(drawChart(model, 288, 2).markup).toContain('A fall');
    expect(drawChart(model, 288, 3).markup).not.toContain('A fall');
    expect(drawWholeChart(model, 640).markup).not.toContain('callout');
  });
  it('moves each part’s squares out of the whole: the same keys, over the whole until their step', () => {
    const model = buildChartModel(specs.unit as ChartSpec, context());
    const at = (step: number, key: string) =>
      new RegExp(`data-key="${key}"[^>]*y="([\\d.]+)"[^>]*opacity="(\\d)"`).exec(drawChart(model, 288, step).markup)?.slice(1);
    const whole = /data-key="m3"[^>]*y="([\d.]+)"/.exec(drawChart(model, 288, 0).markup)?.[1];
    expect(at(0, 'p0-3')).toEqual([whole, '0']);
    expect(Number(at(1, 'p0-3')?.[0])).toBeGreaterThan(Number(whole));
    expect(at(1, 'p0-3')?.[1]).toBe('1');
  });
  it('draws every figure at once for the downloads', () => {
    const whole = drawWholeChart(buildChartModel(specs.rows as ChartSpec, context()), 640).markup;
    expect(whole).not.toContain('is-off');
    expect(whole).not.toContain('is-pending');
  });
});
