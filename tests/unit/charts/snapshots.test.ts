import { describe, expect, it } from 'vitest';
import { buildChartModel, drawChart } from '../../../src/lib/charts/registry';
import type { ChartSpec } from '../../../src/schemas/chart';
import { context, specs } from './fixtures';

/** One element per line, so a change reads as a diff of the elements that moved. */
function pretty(svg: string): string {
  return `${svg.replace(/></g, '>\n<')}\n`;
}

describe('chart SVG, per type, step and width', () => {
  for (const [name, spec] of Object.entries(specs)) {
    const model = buildChartModel(spec as ChartSpec, context('en'));
    for (const width of [288, 640]) {
      model.steps.forEach((_, step) => {
        it(`${name} at ${width}px, step ${step + 1}`, async () => {
          const { markup, height } = drawChart(model, width, step);
          const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">${markup}</svg>`;
          await expect(pretty(svg)).toMatchFileSnapshot(`__snapshots__/${name}-${width}-${step + 1}.svg`);
        });
      });
    }
  }
});
