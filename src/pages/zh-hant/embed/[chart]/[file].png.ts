import type { APIRoute, GetStaticPaths } from 'astro';
import { hantSvg } from '../../../../lib/traditional/svg';
import { eachChartAndLang, type ChartLangProps } from '../../../../utils/charts';
import { getStandaloneSvg } from '../../../../utils/embeds';
import { renderPng } from '../../../../utils/png';
import { toTraditional } from '../../../../utils/traditional';

// The 繁體 edition's chart PNGs. Its pages are made from the 简体 ones after the build
// (src/integrations/traditional-edition.ts); images cannot be converted as text, so these are
// drawn here from the 简体 chart's SVG, converted, in traditional glyphs.
export const getStaticPaths = (async () =>
  (await eachChartAndLang(true))
    .filter((p) => p.props.lang === 'zh')
    .map(({ params, props }) => ({
      params: { chart: params['chart'] ?? '', file: `${params['chart'] ?? ''}-zh-hant` },
      props,
    }))) satisfies GetStaticPaths;

type Props = ChartLangProps;

export const GET: APIRoute<Props> = async ({ props, url }) => {
  const { svg } = getStandaloneSvg(props.spec, 'zh');
  return new Response(await renderPng(hantSvg(svg, toTraditional, import.meta.env.BASE_URL), url.pathname), {
    headers: { 'Content-Type': 'image/png' },
  });
};
