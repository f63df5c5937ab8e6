import type { Lang } from '../../i18n/locales';

/** Where everything that belongs to one chart's embed lives, as site paths without the base. */
export interface EmbedPaths {
  page: string;
  svg: string;
  png: string;
  oembed: string;
  csv: string;
}

/**
 * Embed files sit under /<lang>/embed/ and /embed/ only, so the _headers file can give
 * those two folders their own framing policy without overlapping the rest of the site.
 */
export function embedPaths(lang: Lang, id: string): EmbedPaths {
  const folder = `/${lang}/embed/${id}/`;
  return {
    page: folder,
    svg: `${folder}${id}-${lang}.svg`,
    png: `${folder}${id}-${lang}.png`,
    oembed: `${folder}oembed.json`,
    csv: `/embed/${id}/${id}.csv`,
  };
}

/** The loader script newsrooms paste with every embed. */
export const loaderPath = '/embed/loader.js';

/** True for a site path (without the base) that belongs to the embeds. */
export function isEmbedPath(path: string): boolean {
  return /^\/(?:(?:zh|zh-hant|en)\/)?embed\//.test(path);
}
