import type { APIRoute, GetStaticPaths } from 'astro';
import { eachChartAndLang, getStandaloneSvg, type ChartLangProps } from '../../../../utils/embeds';
import { renderPng } from '../../../../utils/png';

export const getStaticPaths = (() => eachChartAndLang(true)) satisfies GetStaticPaths;

type Props = ChartLangProps;

/** The chart as a PNG at twice the SVG's size: the embed's no-script fallback and its oEmbed thumbnail. */
export const GET: APIRoute<Props> = async ({ props }) => {
  const { svg } = await getStandaloneSvg(props.spec, props.lang);
  return new Response(renderPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
