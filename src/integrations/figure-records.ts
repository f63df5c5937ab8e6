import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { langs, locales } from '../i18n/locales';
import { figureRecord, pageForFigure, type BuiltPage, type FigureRecord, type RecordFigure } from '../lib/search-records';

/** Every index.html under the built site, with the figure ids and section filter it prints. */
function builtPages(site: string, dir = site): (BuiltPage & { section?: string | undefined })[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return builtPages(site, path);
    if (name !== 'index.html') return [];
    const html = readFileSync(path, 'utf8');
    const url = `/${relative(site, dir).split(sep).join('/')}/`.replace(/\/+/g, '/');
    const section = /data-pagefind-filter="[^"]*?section:((?:\\.|[^"\\])*)"/.exec(html)?.[1];
    return [{
      path: url,
      figures: [...html.matchAll(/data-fig="([^"]+)"/g)].map((m) => m[1] ?? ''),
      section: section?.replace(/\\(.)/g, '$1').replace(/&amp;/g, '&'),
    }];
  });
}

/**
 * One search record per ledger figure and language, pointing at the page that prints it,
 * so figure labels are searchable and typed forms such as "489万" find their figure.
 */
export function figureRecords(site: string, ledgerPath: string): FigureRecord[] {
  const ledger = JSON.parse(readFileSync(ledgerPath, 'utf8')) as RecordFigure[];
  const pages = builtPages(site);
  return langs.flatMap((lang) => {
    const own = pages.filter((p) => p.path.startsWith(`/${lang}/`));
    return ledger.flatMap((figure) => {
      const page = pageForFigure(own, figure.id, figure.theme);
      const section = own.find((p) => p.path === `/${lang}/${figure.theme}/`)?.section;
      return page && section ? [figureRecord(figure, lang, page, section, locales[lang].tag.toLowerCase())] : [];
    });
  });
}
