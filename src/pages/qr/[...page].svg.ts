import type { APIRoute, GetStaticPaths } from 'astro';
import QRCode from 'qrcode';
import { editionList } from '../../i18n/locales';
import { routePath, translatePath } from '../../lib/paths';
import { qrPath } from '../../lib/share/paths';
import { getChartSpecs } from '../../utils/charts';
import { absoluteUrl } from '../../utils/site';

/**
 * A QR code for each chart's page in each edition, for readers who pass a chart on through
 * WeChat: the share control shows it. An image file (not inline SVG) so that the pages, which
 * may carry several charts, load a code only when the reader opens the control.
 */
export const getStaticPaths = (async () =>
  (await getChartSpecs()).flatMap((spec) =>
    editionList.map((edition) => {
      const path = translatePath(routePath('zh', { kind: 'chart', id: spec.id }), '/', edition);
      return { params: { page: qrPath(path).slice('/qr/'.length, -'.svg'.length) }, props: { url: absoluteUrl(path) } };
    }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ url: string }> = async ({ props }) => {
  const svg = await QRCode.toString(props.url, {
    type: 'svg',
    margin: 2,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
