import type { APIRoute, GetStaticPaths } from 'astro';
import { eachChartAndLang, type ChartLangProps } from '../../../../utils/charts';
import { getStandaloneSvg } from '../../../../utils/embeds';
import { renderPng } from '../../../../utils/png';

export const getStaticPaths = (() => eachChartAndLang(true)) satisfies GetStaticPaths;

type Props = ChartLangProps;

/** The chart as a PNG at twice the SVG's size: the download and the oEmbed thumbnail. */
export const GET: APIRoute<Props> = async ({ props, url }) => {
  const { svg } = getStandaloneSvg(props.spec, props.lang);
  return new Response(await renderPng(svg, url.pathname), { headers: { 'Content-Type': 'image/png' } });
};
