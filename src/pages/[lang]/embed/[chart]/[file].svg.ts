import type { APIRoute, GetStaticPaths } from 'astro';
import { eachChartAndLang, type ChartLangProps } from '../../../../utils/charts';
import { getStandaloneSvg } from '../../../../utils/embeds';

export const getStaticPaths = (() => eachChartAndLang(true)) satisfies GetStaticPaths;

type Props = ChartLangProps;

/** The chart as a self-contained SVG for newsrooms' own layouts. */
export const GET: APIRoute<Props> = async ({ props }) => {
  const { svg } = getStandaloneSvg(props.spec, props.lang);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
