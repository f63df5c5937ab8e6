import { langs, type Lang } from '../../i18n/locales';
import { withoutBase } from '../paths';

/** The MDX files a page prints, in groups whose notes are numbered each on its own. */
export type PageFiles = string[][];

/**
 * Which content files a page URL renders, so the page's notes can be numbered before it renders
 * (in middleware, once, instead of in each page body). Each inner list is numbered on its own:
 * one list for an ordinary page, one per language for a parallel view, whose note ids then
 * carry the language. Pages that print no article MDX give undefined.
 * @param has whether a content file key exists ("stories/zh/li-junqi")
 * @param sections the section ids in article order (for the full edition)
 */
export function pageFiles(
  pathname: string,
  base: string,
  has: (key: string) => boolean,
  sections: readonly string[],
): PageFiles | undefined {
  const [lang, ...rest] = withoutBase(pathname, base).split('/').filter(Boolean);
  if (!langs.includes(lang as Lang)) return undefined;
  const parallel = rest.at(-1) === 'parallel';
  const path = parallel ? rest.slice(0, -1) : rest;
  const key =
    path.length === 2 && path[0] === 'stories'
      ? `stories/%/${path[1]}`
      : path.length === 1 && has(`sections/${lang}/${path[0]}`)
        ? `sections/%/${path[0]}`
        : path.length === 1 && has(`pages/${lang}/${path[0]}`)
          ? `pages/%/${path[0]}`
          : undefined;
  if (path.length === 1 && path[0] === 'full' && !parallel) return [sections.map((s) => `sections/${lang}/${s}`)];
  if (!key || !has(key.replace('%', lang ?? ''))) return undefined;
  return parallel ? langs.map((l) => [key.replace('%', l)]) : [[key.replace('%', lang ?? '')]];
}
