import type { APIRoute, GetStaticPaths } from 'astro';
import { figuresCsv } from '../../../lib/figures-csv';
import { getChartModel, getChartSpecs } from '../../../utils/charts';
import { getContentIndex } from '../../../utils/content-index';

export const getStaticPaths = (async () => {
  const specs = await getChartSpecs();
  return specs.map((spec) => ({ params: { chart: spec.id, file: spec.id }, props: { spec } }));
}) satisfies GetStaticPaths;

type Props = { spec: Awaited<ReturnType<typeof getChartSpecs>>[number] };

/** One chart's figures from the ledger, in the ledger's CSV layout, both languages in one file. */
export const GET: APIRoute<Props> = ({ props }) => {
  const { figureById } = getContentIndex();
  const figures = getChartModel(props.spec, 'zh').figures.flatMap((id) => figureById.get(id) ?? []);
  return new Response(figuresCsv(figures), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
