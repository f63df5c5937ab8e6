import { defineMiddleware } from 'astro:middleware';
import { langOfPath } from './lib/paths';

/**
 * Reads the page's language from its URL once, so components never guess it. Pages outside
 * /zh/ and /en/ (the landing page, the 404 page) are bilingual and render no article text.
 */
export const onRequest = defineMiddleware((context, next) => {
  context.locals.lang = langOfPath(context.url.pathname, import.meta.env.BASE_URL) ?? 'zh';
  return next();
});
