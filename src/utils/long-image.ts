import QRCode from 'qrcode';
import type { Edition, Lang } from '../i18n/locales';
import { t } from '../i18n/ui';
import { longImageSvg } from '../lib/long-image';
import { routePath, translatePath } from '../lib/paths';
import type { ChartSpec } from '../schemas/chart';
import { getStandaloneSvg } from './embeds';
import { absoluteUrl } from './site';

/** Where a chart's long image is, beside its page: /<edition>/charts/<id>/<id>-long-<edition>.png. */
export const longImagePath = (edition: Edition, id: string) => `/${edition}/charts/${id}/${id}-long-${edition}.png`;

/**
 * A chart's long image as SVG, in the built language's words, its QR code opening the chart's
 * page in the edition given (the 繁體 image is the 简体 one converted afterwards, with its own code).
 */
export async function longImage(spec: ChartSpec, lang: Lang, edition: Edition): Promise<string> {
  const url = absoluteUrl(translatePath(routePath(lang, { kind: 'chart', id: spec.id }), '/', edition));
  const qr = await QRCode.toString(url, {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
  return longImageSvg({ chart: getStandaloneSvg(spec, lang), site: t(lang, 'site.title'), scan: t(lang, 'share.longScan'), url, qr });
}
