import type { APIRoute } from 'astro';
import { langs, locales } from '../i18n/locales';
import { routePath } from '../lib/paths';
import { allRoutes } from '../utils/page-list';
import { absoluteUrl } from '../utils/site';

/** A sitemap with hreflang alternates, so search engines pair each page with its translation. */
export const GET: APIRoute = async () => {
  const routes = await allRoutes();
  const urls = routes.flatMap((route) =>
    langs.map((lang) => {
      const alternates = langs
        .map((alt) => `<xhtml:link rel="alternate" hreflang="${locales[alt].tag}" href="${absoluteUrl(routePath(alt, route))}"/>`)
        .join('');
      return `<url><loc>${absoluteUrl(routePath(lang, route))}</loc>${alternates}</url>`;
    }),
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml"><url><loc>${absoluteUrl('/')}</loc></url>${urls.join('')}</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
