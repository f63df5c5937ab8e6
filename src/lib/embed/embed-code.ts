import { escapeXml } from '../charts/svg';
import { estimateTextWidth } from '../charts/text-width';

/** Absolute URLs and sizes an embed code needs. */
export interface EmbedCodeInput {
  id: string;
  title: string;
  pageUrl: string;
  loaderUrl: string;
  pngUrl: string;
  storyUrl: string;
  /** The iframe's height before the loader (or a CMS) resizes it. */
  height: number;
  png: { width: number; height: number };
}

/**
 * The one-paste embed code: a sandboxed iframe (scripts yes, navigating the host page no) and
 * the loader that sizes it. No <noscript> image: the iframe works without the host's scripts,
 * so an image as well would show the chart twice. Where no script resizes it, its fixed height
 * holds the whole embed on a phone, and it may scroll rather than cut anything off.
 */
export function formatEmbedCode(input: Pick<EmbedCodeInput, 'id' | 'title' | 'pageUrl' | 'loaderUrl' | 'height'>): string {
  const a = (text: string) => escapeXml(text);
  return [
    `<iframe src="${a(input.pageUrl)}" title="${a(input.title)}" data-striving-embed="${a(input.id)}" width="100%" height="${input.height}"`,
    ` style="width:100%;height:${input.height}px;border:0;display:block" loading="lazy"`,
    ` sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`,
    `<script async src="${a(input.loaderUrl)}"></script>`,
  ].join('');
}

/** What the fixed height has to hold, measured at the narrowest layout (a 320px phone). */
export interface EmbedHeightInput {
  chartHeight: number;
  title: string;
  /** The keys under the title of unit and symbol charts. */
  keys?: string[];
  stepTexts: string[];
  notes: string[];
  /** Content width at the narrowest layout. */
  width: number;
}

const lines = (text: string, width: number, size: number) => Math.max(1, Math.ceil(estimateTextWidth(text, size) / width));

/**
 * A fixed iframe height that shows the whole embed on a phone even when no script resizes it.
 * Text is estimated one line longer than it measures, because real fonts run wider than the estimate.
 */
export function estimateEmbedHeight(input: EmbedHeightInput): number {
  const padding = 32;
  const kicker = 24;
  const title = (lines(input.title, input.width, 20) + 1) * 28;
  const keys = (input.keys ?? []).reduce((sum, key) => sum + (lines(key, input.width, 14) + 1) * 21, 0);
  // The step card, then the buttons and the step count, which wrap to two rows on a phone.
  const step = Math.max(...input.stepTexts.map((t) => lines(t, input.width - 24, 15) + 1)) * 26 + 24 + 72;
  const notes = input.notes.reduce((sum, note) => sum + (lines(note, input.width, 13) + 1) * 20, 0);
  const footer = 3 * 22;
  // Real fonts at a phone's width run up to a tenth taller than this estimate: that much slack.
  return Math.ceil(((padding + kicker + title + keys + input.chartHeight + step + notes + footer) * 1.1) / 10) * 10;
}

/** An oEmbed 1.0 "rich" response for one embed. */
export interface OEmbed {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** The oEmbed document for an embed code, with the PNG download as its thumbnail. */
export function createOEmbed(input: EmbedCodeInput & { providerName: string; providerUrl: string; width: number }): OEmbed {
  return {
    type: 'rich',
    version: '1.0',
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    html: formatEmbedCode(input),
    width: input.width,
    height: input.height,
    thumbnail_url: input.pngUrl,
    thumbnail_width: input.png.width,
    thumbnail_height: input.png.height,
  };
}
