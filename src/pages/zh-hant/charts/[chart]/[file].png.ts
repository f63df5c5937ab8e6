import type { APIRoute, GetStaticPaths } from 'astro';
import { hantSvg } from '../../../../lib/traditional/svg';
import { eachChartAndLang, type ChartLangProps } from '../../../../utils/charts';
import { longImage } from '../../../../utils/long-image';
import { renderPng } from '../../../../utils/png';
import { toTraditional } from '../../../../utils/traditional';

// The 繁體 edition's long images: drawn from the 简体 one, converted, in traditional glyphs,
// its QR code opening the 繁體 chart page (images cannot be converted as text afterwards).
export const getStaticPaths = (async () =>
  (await eachChartAndLang())
    .filter((p) => p.props.lang === 'zh')
    .map(({ params, props }) => ({
      params: { chart: params['chart'] ?? '', file: `${params['chart'] ?? ''}-long-zh-hant` },
      props,
    }))) satisfies GetStaticPaths;

type Props = ChartLangProps;

export const GET: APIRoute<Props> = async ({ props, url }) =>
  new Response(
    await renderPng(hantSvg(await longImage(props.spec, 'zh', 'zh-hant'), toTraditional, import.meta.env.BASE_URL), url.pathname),
    {
      headers: { 'Content-Type': 'image/png' },
    },
  );
