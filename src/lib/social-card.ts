import { palettes } from '../../tailwind.config';
import { chartStyleRules } from './charts/registry';
import { downloadCss } from './charts/styles';
import { escapeXml } from './charts/svg';
import { wrapText } from './charts/text-width';

/** A social card's words, in the page's language. */
export interface CardText {
  lang: 'zh' | 'en';
  /** Above the title: the site's name. */
  site: string;
  /** Small, above the title: the part, the section or the kind of page. */
  kicker?: string | undefined;
  title: string;
  /** Under the title: the publisher and byline, or a chart's period. */
  footer: string;
  url: string;
}

export const CARD = { width: 1200, height: 630 } as const;

/** The card's SVG: 1200×630, paper background, the accent rule, title wrapped to three lines at most. */
export function socialCardSvg(text: CardText, chart?: { markup: string; width: number; height: number }): string {
  const c = palettes.light;
  const pad = 72;
  const textWidth = chart ? 520 : CARD.width - pad * 2;
  const size = text.lang === 'zh' ? 60 : 56;
  let lines = wrapText(text.title, textWidth, size, true);
  if (lines.length > 3)
    lines = [
      ...lines.slice(0, 2),
      `${lines
        .slice(2)
        .join(text.lang === 'zh' ? '' : ' ')
        .slice(0, 24)}…`,
    ];
  const parts: string[] = [];
  let y = pad + 36;
  parts.push(`<text x="${pad}" y="${y}" class="site">${escapeXml(text.site)}</text>`);
  if (text.kicker) {
    y += 64;
    parts.push(`<text x="${pad}" y="${y}" class="kicker">${escapeXml(text.kicker)}</text>`);
  }
  y += 28;
  for (const line of lines) {
    y += size * 1.25;
    parts.push(`<text x="${pad}" y="${Math.round(y)}" class="title">${escapeXml(line)}</text>`);
  }
  parts.push(`<text x="${pad}" y="${CARD.height - pad - 34}" class="footer">${escapeXml(text.footer)}</text>`);
  parts.push(`<text x="${pad}" y="${CARD.height - pad}" class="url">${escapeXml(text.url)}</text>`);
  if (chart) {
    // The chart in the right half, scaled to fit.
    const box = { x: 660, y: pad, w: CARD.width - 660 - pad, h: CARD.height - pad * 2 };
    const scale = Math.min(box.w / chart.width, box.h / chart.height, 1.6);
    parts.push(`<g transform="translate(${box.x} ${box.y}) scale(${scale.toFixed(3)})" class="chart">${chart.markup}</g>`);
  }
  const style =
    [
      `text{font-family:'Noto Sans SC','Noto Sans',sans-serif;fill:${c.ink}}`,
      `.site{font-size:30px;font-weight:700;fill:${c.accent}}`,
      `.kicker{font-size:30px;fill:${c['ink-2']}}`,
      `.title{font-size:${size}px;font-weight:700}`,
      `.footer{font-size:26px;fill:${c['ink-2']}}`,
      `.url{font-size:24px;fill:${c['ink-2']}}`,
    ].join('') + downloadCss(chartStyleRules, c, '.chart');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}"><style>${style}</style>` +
    `<rect width="${CARD.width}" height="${CARD.height}" fill="${c.paper}"/><rect width="16" height="${CARD.height}" fill="${c.accent}"/>${parts.join('')}</svg>`
  );
}

/** Where a page's card is: /og/<lang>/<page>.png, the language's home being <lang>/home. */
export function cardPath(path: string): string {
  const slug = path.replace(/^\/+|\/+$/g, '');
  return `/og/${slug === '' ? 'index' : /^(zh|zh-hant|en)$/.test(slug) ? `${slug}/home` : slug}.png`;
}
