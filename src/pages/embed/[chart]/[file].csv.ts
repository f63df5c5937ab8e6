import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../../lib/csv';
import { englishText } from '../../../lib/figures';
import { getFigureMap } from '../../../utils/content';
import { getChartModel, getChartSpecs } from '../../../utils/charts';

export const getStaticPaths = (async () => {
  const specs = await getChartSpecs();
  return specs.map((spec) => ({ params: { chart: spec.id, file: spec.id }, props: { spec } }));
}) satisfies GetStaticPaths;

type Props = { spec: Awaited<ReturnType<typeof getChartSpecs>>[number] };

/** One chart's figures from the ledger, both languages in one file (UTF-8 with BOM for Excel). */
export const GET: APIRoute<Props> = async ({ props }) => {
  const figureIds = getChartModel(props.spec, 'zh').figures;
  const figures = await getFigureMap();
  const header = ['id', 'value', 'unit', 'qualifier', 'period', 'zh_label', 'en_label', 'zh_text', 'en_text', 'quote', 'conflicts_with'];
  const rows = figureIds.flatMap((id) => {
    const f = figures.get(id);
    return f
      ? [[id, f.value, f.unit, f.qualifier, f.period, f.zh.label, f.en.label, f.zh.text, englishText(f), f.quote, f.conflictsWith]]
      : [];
  });
  return new Response(toCsv(header, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
