import { withBase, routePath, type Route } from '../lib/paths';
import type { Lang } from '../i18n/locales';

/** A site path with the configured base, for href and src attributes. */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

/** The base-prefixed URL path of a route in a language. */
export function routeHref(lang: Lang, route: Route): string {
  return href(routePath(lang, route));
}

/** The absolute URL of a site path, for canonical links, Open Graph and the sitemap. */
export function absoluteUrl(path: string): string {
  return new URL(href(path), import.meta.env.SITE).toString();
}
