import type { APIRoute, GetStaticPaths } from 'astro';
import { eachChartAndLang, type ChartLangProps } from '../../../../utils/charts';
import { longImage } from '../../../../utils/long-image';
import { renderPng } from '../../../../utils/png';

export const getStaticPaths = (async () =>
  (await eachChartAndLang()).map(({ params, props }) => ({
    params: { ...params, file: `${params['chart'] ?? ''}-long-${params['lang'] ?? ''}` },
    props,
  }))) satisfies GetStaticPaths;

type Props = ChartLangProps;

/** The chart's long image (长图) for WeChat and Weibo, at twice its size (src/lib/long-image.ts). */
export const GET: APIRoute<Props> = async ({ props, url }) =>
  new Response(await renderPng(await longImage(props.spec, props.lang, props.lang), url.pathname), {
    headers: { 'Content-Type': 'image/png' },
  });
