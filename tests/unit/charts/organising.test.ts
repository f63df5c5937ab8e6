// The organising chart held to the article: "发展工会会员489.4万人，其中新就业形态劳动者会员170万人、
// 农民工会员319万人". 其中 (of which) names two groups of the total and does not say they are
// disjoint, so each is drawn as its own share of the whole, and the whole is shown in every form.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/figures';
import { buildChartModel, checkChart, drawChart, drawWholeChart } from '../../../src/lib/charts/registry';
import { renderStandaloneSvg } from '../../../src/lib/charts/standalone-svg';
import type { UnitModel } from '../../../src/lib/charts/types/unit-grid';
import type { ChartSpec } from '../../../src/schemas/chart';
import { context } from './fixtures';

const root = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const figures = new Map((JSON.parse(read('content/figures.json')) as Figure[]).map((f) => [f.id, f]));
const spec = (JSON.parse(read('content/charts.json')) as ChartSpec[]).find((c) => c.id === 'organising');
const source = read('content/source.txt');

const modelIn = (lang: 'zh' | 'en') => {
  if (!spec) throw new Error('no organising chart');
  const base = context(lang);
  return buildChartModel(spec, {
    ...base,
    figure: (id) => {
      const f = figures.get(id);
      if (!f) throw new Error(id);
      return f;
    },
  }) as UnitModel;
};

describe('the organising chart, held to the source', () => {
  it('draws the members the article gives, with the parts it names after 其中', () => {
    expect(source).toContain('发展工会会员489.4万人，其中新就业形态劳动者会员170万人、农民工会员319万人');
    expect(spec?.type).toBe('unit-grid');
    if (spec?.type !== 'unit-grid') return;
    expect(spec.whole.total).toBe('members-new');
    expect(spec.whole.parts).toEqual(['members-new-employment', 'members-migrant']);
    expect(checkChart(spec, (id) => figures.get(id))).toEqual([]);
  });

  it('draws each part against the whole total, never as disjoint pieces of one block', () => {
    const model = modelIn('zh');
    const last = model.steps.length - 1;
    const markup = drawChart(model, 390, last).markup;
    const whole = Math.ceil(model.whole.marks);
    for (const [p, part] of model.whole.parts.entries()) {
      // The full total again, in outline, behind each part …
      expect(markup.match(new RegExp(`data-key="o${p}-\\d+"`, 'g'))).toHaveLength(whole);
      // … and the part's own squares inside it, starting at the first square, as the article gives it.
      expect(markup.match(new RegExp(`data-key="p${p}-\\d+"`, 'g'))).toHaveLength(Math.ceil(part.marks));
      expect(markup).toContain(`data-key="p${p}-0"`);
    }
    // Nothing is drawn as the remainder of a partition.
    expect(markup).not.toMatch(/rest|remainder|其余/);
    // The parts may overlap: together they are not required to fit the whole.
    expect(model.whole.parts.reduce((sum, part) => sum + part.marks, 0)).toBeLessThanOrEqual(model.whole.marks * 2);
  });

  it('shows the 489.4万 total in every step and in every downloadable form', () => {
    for (const lang of ['zh', 'en'] as const) {
      const model = modelIn(lang);
      const total = lang === 'zh' ? '489.4万' : '4.894 million';
      for (let step = 0; step < model.steps.length; step += 1) expect(drawChart(model, 320, step).markup).toContain(total);
      // The charts index, the social card and the thumbnails draw the whole chart; the SVG and PNG the standalone one.
      expect(drawWholeChart(model, 480).markup).toContain(total);
      expect(renderStandaloneSvg(model, { notes: [], source: 'x', credit: 'y' }).svg).toContain(total);
    }
  });

  it('says in the chart that the article does not tell whether the groups overlap', () => {
    const callouts = modelIn('zh').steps.flatMap((s) => s.callouts.map((c) => c.text));
    expect(callouts.some((text) => text.includes('重叠'))).toBe(true);
    expect(modelIn('zh').steps.at(-1)?.text).toContain('原文没有说明两类会员是否有重叠');
    expect(modelIn('en').description).toMatch(/does not say whether the two groups overlap/);
  });
});
