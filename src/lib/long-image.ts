import { palettes } from '../../tailwind.config';
import { escapeXml } from './charts/svg';

/** What a chart's long image (长图) is made of. */
export interface LongImageInput {
  /** The chart's standalone SVG: kicker, finding, keys, drawing, notes, source and credit. */
  chart: { svg: string; width: number; height: number };
  site: string;
  /** The line beside the QR code: "Scan to open this chart". */
  scan: string;
  /** The chart's page, which the QR code opens. */
  url: string;
  /** The QR code of url, as the qrcode package writes it in SVG. */
  qr: string;
}

const header = 64;
const footer = 200;

/** Sets an SVG document's root at a place inside another: its declaration dropped, x and y added. */
const placed = (svg: string, attributes: string) => svg.replace(/^<\?xml[^>]*>\s*/, '').replace(/^<svg\b/, `<svg ${attributes}`);

/**
 * A chart as one tall picture for WeChat Moments and Weibo, where links and embeds do not
 * travel: the site's name, the chart as its download draws it (finding, drawing, notes and
 * source), and a QR code to the chart's page with its address. Same width as the chart's SVG.
 */
export function longImageSvg(input: LongImageInput): string {
  const c = palettes.light;
  const { width } = input.chart;
  const height = header + input.chart.height + footer;
  const qrSize = 152;
  const top = header + input.chart.height;
  const style = `.li-site{font-family:'Noto Sans SC','Noto Sans',sans-serif;font-size:22px;font-weight:700;fill:${c.accent}}.li-text{font-family:'Noto Sans SC','Noto Sans',sans-serif;font-size:16px;fill:${c.ink}}.li-url{font-family:'Noto Sans',sans-serif;font-size:13px;fill:${c['ink-2']}}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><style>${style}</style>` +
    `<rect width="${width}" height="${height}" fill="${c.paper}"/><rect width="${width}" height="6" fill="${c.accent}"/>` +
    `<text x="24" y="42" class="li-site">${escapeXml(input.site)}</text>` +
    placed(input.chart.svg, `x="0" y="${header}"`) +
    `<rect x="24" y="${top + 8}" width="${width - 48}" height="1" fill="${c.rule}"/>` +
    placed(input.qr, `x="24" y="${top + 28}" width="${qrSize}" height="${qrSize}"`) +
    `<text x="${24 + qrSize + 24}" y="${top + 92}" class="li-text">${escapeXml(input.scan)}</text>` +
    `<text x="${24 + qrSize + 24}" y="${top + 120}" class="li-url">${escapeXml(input.url)}</text>` +
    `</svg>`
  );
}
