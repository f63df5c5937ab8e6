import type { APIRoute, GetStaticPaths } from 'astro';
import { langs, type Lang } from '../../../../i18n/locales';
import { getChartSpecs, getStandaloneSvg } from '../../../../utils/embeds';

export const getStaticPaths = (async () => {
  const specs = await getChartSpecs();
  return langs.flatMap((lang) => specs.map((spec) => ({ params: { lang, chart: spec.id, file: `${spec.id}-${lang}` }, props: { lang, spec } })));
}) satisfies GetStaticPaths;

type Props = { lang: Lang; spec: Awaited<ReturnType<typeof getChartSpecs>>[number] };

/** The chart as a self-contained SVG for newsrooms' own layouts. */
export const GET: APIRoute<Props> = async ({ props }) => {
  const { svg } = await getStandaloneSvg(props.spec, props.lang);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
