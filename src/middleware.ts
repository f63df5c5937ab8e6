import { defineMiddleware } from 'astro:middleware';
import { pageFiles } from './lib/content/page-files';
import { langOfPath } from './lib/paths';
import { getContentIndex } from './utils/content-index';

/**
 * Reads what every component of a page needs from its URL, once, before the page renders (as
 * Starlight's route middleware does): the page's language, and the numbered notes of the article
 * files it prints. Pages outside /zh/ and /en/ (the landing page, the 404 page) are bilingual and
 * render no article text. A parallel view numbers each language's notes as on its own page, and
 * its note ids carry the language.
 */
export const onRequest = defineMiddleware((context, next) => {
  context.locals.lang = langOfPath(context.url.pathname, import.meta.env.BASE_URL) ?? 'zh';
  const index = getContentIndex();
  const groups = pageFiles(context.url.pathname, import.meta.env.BASE_URL, (key) => index.files.has(key), index.sections);
  if (groups) {
    const numbered = groups.map((keys) => index.notes(keys));
    context.locals.notes = {
      byBlock: new Map(numbered.flatMap((n) => [...n.byBlock])),
      markers: new Map(numbered.flatMap((n) => [...n.markers])),
    };
    context.locals.scopedNotes = groups.length > 1;
  }
  return next();
});
