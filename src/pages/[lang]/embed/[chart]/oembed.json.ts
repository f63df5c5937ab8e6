import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../../../i18n/ui';
import { createOEmbed } from '../../../../lib/embed/embed-code';
import { eachChartAndLang, type ChartLangProps } from '../../../../utils/charts';
import { getEmbedInfo } from '../../../../utils/embeds';
import { absoluteUrl } from '../../../../utils/site';

export const getStaticPaths = (() => eachChartAndLang()) satisfies GetStaticPaths;

type Props = ChartLangProps;

// The width newsroom CMSs reserve for a rich embed before it resizes itself.
const OEMBED_WIDTH = 640;

/** A static oEmbed file, found through the embed page's <link rel="alternate">. */
export const GET: APIRoute<Props> = async ({ props }) => {
  const { code } = await getEmbedInfo(props.spec, props.lang);
  const oembed = createOEmbed({
    ...code,
    providerName: t(props.lang, 'site.title'),
    providerUrl: absoluteUrl(`/${props.lang}/`),
    width: OEMBED_WIDTH,
  });
  return new Response(JSON.stringify(oembed, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
