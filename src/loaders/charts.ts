import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { file } from 'astro/loaders';
import { templateIds } from '../lib/charts/template';

interface RawChart {
  id: string;
  rows?: { figure: string; compare?: string }[];
  total?: string;
  parts?: string[];
  extra?: string;
  description?: { zh: string; en: string };
  steps?: { highlight: string[]; zh: string; en: string }[];
}

/** Every figure id a chart refers to, with the field it sits in. */
function chartRefs(chart: RawChart): { field: string; id: string }[] {
  const refs = [
    ...(chart.rows ?? []).flatMap((r, i) => [{ field: `rows[${i}].figure`, id: r.figure }, ...(r.compare ? [{ field: `rows[${i}].compare`, id: r.compare }] : [])]),
    ...[chart.total, ...(chart.parts ?? []), chart.extra].flatMap((id) => (id ? [{ field: 'total/parts/extra', id }] : [])),
    ...(chart.steps ?? []).flatMap((s, i) => [
      ...s.highlight.map((id) => ({ field: `steps[${i}].highlight`, id })),
      ...[...templateIds(s.zh), ...templateIds(s.en)].map((id) => ({ field: `steps[${i}] text`, id })),
    ]),
    ...[chart.description?.zh ?? '', chart.description?.en ?? ''].flatMap((text) => templateIds(text).map((id) => ({ field: 'description', id }))),
  ];
  return refs.filter((ref) => ref.id !== 'per-mark');
}

/** Loads charts.json and fails the build when a chart names a figure the ledger lacks. */
export function checkedCharts(contentDir: string): Loader {
  const path = join(contentDir, 'charts.json');
  const inner = file(path);
  return {
    name: 'checked-charts',
    async load(context) {
      await inner.load(context);
      const figures = new Set((JSON.parse(readFileSync(join(contentDir, 'figures.json'), 'utf8')) as { id: string }[]).map((f) => f.id));
      const errors = context.store.values().flatMap((entry) =>
        chartRefs(entry.data as unknown as RawChart)
          .filter((ref) => !figures.has(ref.id))
          .map((ref) => `chart "${entry.id}": field "${ref.field}": unknown figure "${ref.id}"`),
      );
      if (errors.length > 0) throw new Error(`${relative(process.cwd(), path)}:\n  ${errors.join('\n  ')}`);
    },
  };
}
