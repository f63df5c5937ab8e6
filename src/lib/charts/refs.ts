import { templateIds } from './template';

interface SpecFields {
  rows?: { figure: string; compare?: string | undefined }[] | undefined;
  total?: string | undefined;
  parts?: string[] | undefined;
  extra?: string | undefined;
  description?: { zh: string; en: string } | undefined;
  steps?: { highlight: string[]; zh: string; en: string }[] | undefined;
}

/** Every figure id a chart refers to, with the field it sits in. */
export function chartRefs(chart: SpecFields): { field: string; id: string }[] {
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
