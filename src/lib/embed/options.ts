import type { Edition } from '../../i18n/locales';
import { formatEmbedCode } from './embed-code';

/**
 * The options a producer sets in the Embed panel, as Datawrapper and Flourish offer them. Each
 * one is a query parameter of the embed page, read before first paint by EmbedLayout's inline
 * script (`theme`, `transparent`, `plain`, `static`) and by the stepper (`step`); the panel and
 * that script must agree on the names below.
 */
export type EmbedTheme = 'auto' | 'light' | 'dark';

export interface EmbedOptions {
  edition: Edition;
  /** auto follows the reader's colour scheme, as the host page does. */
  theme: EmbedTheme;
  /** No background of its own: the host page's shows through. */
  transparent: boolean;
  /** No title, source line or link back: the host page gives them. Conflict notes stay. */
  plain: boolean;
  /** The whole chart at once, with no stepper. */
  still: boolean;
  /** The step it starts at, 1-based; not used when still. */
  step: number;
}

export const embedThemes: readonly EmbedTheme[] = ['auto', 'light', 'dark'];

export function defaultEmbedOptions(edition: Edition): EmbedOptions {
  return { edition, theme: 'auto', transparent: false, plain: false, still: false, step: 1 };
}

/** The query string for the options, in a fixed order, leaving out every default ("" for none). */
export function embedQuery(options: Omit<EmbedOptions, 'edition'>): string {
  const params: [string, string][] = [];
  if (options.theme !== 'auto') params.push(['theme', options.theme]);
  if (options.transparent) params.push(['transparent', '1']);
  if (options.plain) params.push(['plain', '1']);
  if (options.still) params.push(['static', '1']);
  else if (options.step > 1) params.push(['step', String(Math.floor(options.step))]);
  return params.length ? `?${params.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
}

/** The options a query string asks for; anything unknown or malformed is the default. */
export function parseEmbedQuery(search: string): Omit<EmbedOptions, 'edition'> {
  const query = new URLSearchParams(search);
  const theme = query.get('theme');
  const step = Number.parseInt(query.get('step') ?? '', 10);
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    transparent: query.get('transparent') === '1',
    plain: query.get('plain') === '1',
    still: query.get('static') === '1',
    step: Number.isFinite(step) && step > 1 ? step : 1,
  };
}

/** What the panel knows of one edition's embed: its page, title and starting height. */
export interface EditionEmbed {
  pageUrl: string;
  title: string;
  height: number;
}

/** The embed page's address for the options: the edition's page with the query. */
export function embedUrl(embeds: Record<Edition, EditionEmbed>, options: EmbedOptions): string {
  return `${embeds[options.edition].pageUrl}${embedQuery(options)}`;
}

/** What the Embed panel is given at build time for one chart. */
export interface EmbedPanelData {
  id: string;
  loaderUrl: string;
  editions: Record<Edition, EditionEmbed>;
}

/** The code to paste for the options: the same iframe and loader as the oEmbed's, at their address. */
export function embedCodeFor(panel: EmbedPanelData, options: EmbedOptions): string {
  const edition = panel.editions[options.edition];
  return formatEmbedCode({
    id: panel.id,
    loaderUrl: panel.loaderUrl,
    title: edition.title,
    height: edition.height,
    pageUrl: embedUrl(panel.editions, options),
  });
}
