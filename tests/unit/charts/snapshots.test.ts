import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChartModel, drawChart, type ChartSpecLike } from '../../../src/lib/charts/model';
import type { Figure } from '../../../src/lib/figures';

const root = join(import.meta.dirname, '..', '..', '..');
const charts = JSON.parse(readFileSync(join(root, 'content/charts.json'), 'utf8')) as ChartSpecLike[];
const figures = new Map(
  (JSON.parse(readFileSync(join(root, 'content/figures.json'), 'utf8')) as (Figure)[]).map((f) => [f.id, f]),
);
const tags = { zh: { main: '数说', compare: '正文' }, en: { main: 'box', compare: 'main text' } };

describe('build-time chart SVG', () => {
  it('has at least seven charts', () => {
    expect(charts.length).toBeGreaterThanOrEqual(7);
  });

  for (const chart of charts) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${chart.id} (${lang}) renders its first state as before`, async () => {
        const model = buildChartModel(chart, (id) => figures.get(id), lang, tags[lang]);
        const { markup, height } = drawChart(model, 288, 0);
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 288 ${height}">${markup}</svg>\n`;
        await expect(svg).toMatchFileSnapshot(`__snapshots__/${chart.id}.${lang}.svg`);
      });
    }
  }

  it('prints every figure of a rows chart with its exact value', () => {
    const model = buildChartModel(charts.find((c) => c.id === 'reach') as ChartSpecLike, (id) => figures.get(id), 'en', tags.en);
    const { markup } = drawChart(model, 288, 0);
    for (const text of ['over 1.4 billion', '58.84 million', '19,859,400', 'more than 11 million', 'over 10 million', 'more than 100,000']) {
      expect(markup).toContain(text);
    }
  });
});
