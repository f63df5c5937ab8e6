import type { Convert } from './convert';

/**
 * Makes a 繁體 page from a built 简体 one, as text, so every byte it does not mean to change
 * stays as Astro wrote it (the CSP hashes of inline scripts and styles stay valid):
 * - every Chinese character of the text, the attribute values and the data blocks (JSON,
 *   JSON-LD) is converted; executable scripts, styles and comments are left alone, and so is
 *   the text of an element marked data-keep-script (the 简 of the edition switch);
 * - links into the 简体 edition lead to the 繁體 twin (/zh/ → /zh-hant/, the social cards'
 *   /og/zh/ too), except the edition links (data-edition-link), which already point at each
 *   edition; of those, aria-current moves from 简 to 繁;
 * - lang and hreflang zh-CN become zh-Hant, og:locale zh_CN becomes zh_TW;
 * - what is marked data-hant-only (the line saying what the page is) is shown.
 */
export interface HantPageOptions {
  convert: Convert;
  /** The hosting base path, "/" or "/special/striving/". */
  base: string;
}

const han = /[\u3400-\u9fff\uf900-\ufaff]/;
// A start tag with its attributes (quoted values may hold ">"), an end tag, a comment, a doctype,
// or a script or style element whole.
const token =
  /<!--[\s\S]*?-->|<!doctype[^>]*>|<(script|style)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>|<\/?[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const dataBlock = /^<script\b[^>]*\btype="application\/(?:ld\+)?json"/i;

/**
 * The page's links into the 简体 edition, pointed at the 繁體 twin; a chart's downloads and
 * long images are named for their edition (care-zh.png → care-zh-hant.png).
 */
export function hantUrls(text: string, base: string): string {
  return text
    .split(`${base}zh/`)
    .join(`${base}zh-hant/`)
    .split(`${base}og/zh/`)
    .join(`${base}og/zh-hant/`)
    .replace(/(\/zh-hant\/(?:embed|charts)\/[\w-]+\/[\w-]+)-zh\.(png|svg)\b/g, '$1-zh-hant.$2');
}

export function hantPage(html: string, { convert, base }: HantPageOptions): string {
  const text = (s: string) => hantUrls(han.test(s) ? convert(s) : s, base);
  let out = '';
  let last = 0;
  // While inside an element marked data-keep-script: its tag name and how deep in it we are.
  let keep: { name: string; depth: number } | undefined;
  for (const match of html.matchAll(token)) {
    const at = match.index ?? 0;
    const between = html.slice(last, at);
    out += keep ? between : text(between);
    last = at + match[0].length;
    out += rewriteToken(match[0], text, keep !== undefined);
    const tag = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(match[0]);
    if (!tag || match[1]) continue;
    const name = (tag[2] ?? '').toLowerCase();
    if (keep) {
      if (name === keep.name) keep.depth += tag[1] ? -1 : 1;
      if (keep.depth === 0) keep = undefined;
    } else if (!tag[1] && /\sdata-keep-script(?=[\s=>])/.test(match[0])) keep = { name, depth: 1 };
  }
  const rest = html.slice(last);
  return out + (keep ? rest : text(rest));
}

function rewriteToken(token: string, text: (s: string) => string, kept: boolean): string {
  if (token.startsWith('<!') || token.startsWith('</')) return token;
  if (/^<(script|style)\b/i.test(token)) {
    if (!dataBlock.test(token)) return token;
    return text(token).replaceAll('"zh-CN"', '"zh-Hant"');
  }
  if (/\sdata-edition-link="([^"]*)"/.test(token)) return editionLink(token);
  let tag = kept ? token : text(token);
  tag = tag.replace(/(\s(?:lang|hreflang)=")zh-CN"/g, '$1zh-Hant"');
  if (/\sproperty="og:locale"/.test(tag)) tag = tag.replace('content="zh_CN"', 'content="zh_TW"');
  if (/\sdata-hant-only(?=[\s>])/.test(tag)) tag = tag.replace(/\sdata-hant-only(?=[\s>])/, '').replace(/\shidden(?=[\s>])/, '');
  return tag;
}

/** An edition link keeps its address; the current edition is now 繁. */
function editionLink(tag: string): string {
  const edition = /\sdata-edition-link="([^"]*)"/.exec(tag)?.[1];
  const plain = tag.replace(/\saria-current="page"/, '');
  return edition === 'zh-hant' && /^<a\b/i.test(tag) ? plain.replace(/^<a\b/i, '<a aria-current="page"') : plain;
}
