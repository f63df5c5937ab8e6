import { isEdition, isLang, type Edition, type Lang } from '../i18n/locales';

/** Kinds of page the site has; each maps to one URL pattern. */
export type Route =
  | { kind: 'home' }
  | { kind: 'section'; id: string }
  | { kind: 'story'; id: string }
  | { kind: 'topic'; id: string }
  | { kind: 'chart'; id: string }
  | { kind: 'page'; id: string };

/** The path of a route inside the site, without the base: "/zh/stories/li-junqi/". */
export function routePath(lang: Lang, route: Route): string {
  switch (route.kind) {
    case 'home':
      return `/${lang}/`;
    case 'section':
      return `/${lang}/${route.id}/`;
    case 'story':
      return `/${lang}/stories/${route.id}/`;
    case 'topic':
      return `/${lang}/topics/${route.id}/`;
    case 'chart':
      return `/${lang}/charts/${route.id}/`;
    case 'page':
      return `/${lang}/${route.id}/`;
  }
}

/** Prefixes a site path with the configured base ("/" or "/special/striving/"). */
export function withBase(path: string, base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const rest = path.startsWith('/') ? path : `/${path}`;
  return `${prefix}${rest}`;
}

/** Strips the base from a pathname so routes can be read regardless of hosting. */
export function withoutBase(pathname: string, base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return prefix && pathname.startsWith(prefix) ? pathname.slice(prefix.length) || '/' : pathname;
}

/** The language a pathname belongs to, or undefined for language-neutral pages. */
export function langOfPath(pathname: string, base: string): Lang | undefined {
  const first = withoutBase(pathname, base).split('/')[1];
  return isLang(first) ? first : undefined;
}

/** The edition a pathname belongs to (zh, zh-hant or en), or undefined for language-neutral pages. */
export function editionOfPath(pathname: string, base: string): Edition | undefined {
  const first = withoutBase(pathname, base).split('/')[1];
  return isEdition(first) ? first : undefined;
}

/** The same page in another edition: the edition segment is swapped, the rest kept. */
export function translatePath(pathname: string, base: string, to: Edition): string {
  const local = withoutBase(pathname, base);
  const from = editionOfPath(pathname, base);
  return withBase(from ? `/${to}${local.slice(from.length + 1)}` : `/${to}/`, base);
}
