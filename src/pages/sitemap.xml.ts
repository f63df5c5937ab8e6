import type { APIRoute } from 'astro';
import { editionList, editions } from '../i18n/locales';
import { routePath, translatePath } from '../lib/paths';
import { allRoutes } from '../utils/page-list';
import { absoluteUrl } from '../utils/site';

/** A sitemap with hreflang alternates, so search engines pair each page with its twins in the three editions. */
export const GET: APIRoute = async () => {
  const routes = await allRoutes();
  const urls = routes.flatMap((route) => {
    const path = (edition: (typeof editionList)[number]) => translatePath(routePath('zh', route), '/', edition);
    const alternates = editionList
      .map((alt) => `<xhtml:link rel="alternate" hreflang="${editions[alt].tag}" href="${absoluteUrl(path(alt))}"/>`)
      .join('');
    return editionList.map((edition) => `<url><loc>${absoluteUrl(path(edition))}</loc>${alternates}</url>`);
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml"><url><loc>${absoluteUrl('/')}</loc></url>${urls.join('')}</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
