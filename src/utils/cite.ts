import { getCollection } from 'astro:content';
import { version } from '../../package.json';
import type { Edition, Lang } from '../i18n/locales';
import { t } from '../i18n/ui';
import { formatCitations, type Citations } from '../lib/cite/format';
import { citeItem, type CiteInput } from '../lib/cite/item';
import { figureLabel, formatFigure } from '../lib/figures';
import { routePath, translatePath } from '../lib/paths';
import { getChartModel, getChartSpecs } from './charts';
import { getEdition } from './content-index';
import { absoluteUrl } from './site';
import { toTraditional } from './traditional';

/** What can be cited on its own: every chart, and every figure of the ledger. */
export type Citable = { kind: 'chart' | 'figure'; id: string };

/** Where an item's BibTeX and RIS files are: /cite/<edition>/<charts|figures>/<id>.bib|.ris. */
export function citeFiles(edition: Edition, item: Citable): { bibtex: string; ris: string } {
  const stem = `/cite/${edition}/${item.kind}s/${item.id}`;
  return { bibtex: `${stem}.bib`, ris: `${stem}.ris` };
}

export async function allCitables(): Promise<Citable[]> {
  const charts = (await getChartSpecs()).map((s): Citable => ({ kind: 'chart', id: s.id }));
  const figures = (await getCollection('figures')).map((e): Citable => ({ kind: 'figure', id: e.data.id }));
  return [...charts, ...figures];
}

/** The item in the built language's words: a chart's finding, or a figure with its label; its permalink. */
async function describe(lang: Lang, item: Citable): Promise<{ title: string; path: string; genre: string }> {
  if (item.kind === 'chart') {
    const spec = (await getChartSpecs()).find((s) => s.id === item.id);
    if (!spec) throw new Error(`cite: no chart ${item.id}`);
    return {
      title: getChartModel(spec, lang).title,
      path: routePath(lang, { kind: 'chart', id: item.id }),
      genre: t(lang, 'cite.genreChart'),
    };
  }
  const figure = (await getCollection('figures')).find((e) => e.data.id === item.id)?.data;
  if (!figure) throw new Error(`cite: no figure ${item.id}`);
  return {
    title: `${figureLabel(figure, lang)}${t(lang, 'punct.colon')}${formatFigure(figure, lang)}`,
    path: `/${lang}/numbers/#fig-${figure.id}`,
    genre: t(lang, 'cite.genreFigure'),
  };
}

/**
 * The item's citation input in an edition, dated as accessed on the release day (the reader's
 * browser writes in its own day). The 繁體 one is the 简体 one's words converted.
 */
export async function citeInput(edition: Edition, item: Citable): Promise<CiteInput> {
  const lang: Lang = edition === 'en' ? 'en' : 'zh';
  const { title, path, genre } = await describe(lang, item);
  const words = (text: string) => (edition === 'zh-hant' ? toTraditional(text) : text);
  const released = getEdition().released;
  return {
    id: `${item.kind}-${item.id}`,
    edition,
    title: words(title),
    genre: words(genre),
    url: absoluteUrl(edition === 'zh-hant' ? translatePath(path, '/', 'zh-hant') : path),
    organisation: words(t(lang, 'site.publisher')),
    byline: words(t(lang, 'site.byline')),
    site: words(t(lang, 'site.title')),
    version,
    released,
    accessed: released,
  };
}

const made = new Map<string, Citations>();

/** The item's citations in an edition, formatted once per build. */
export async function citationsOf(edition: Edition, item: Citable): Promise<Citations> {
  const key = `${edition}/${item.kind}/${item.id}`;
  const known = made.get(key);
  if (known) return known;
  const citations = formatCitations(citeItem(await citeInput(edition, item)));
  made.set(key, citations);
  return citations;
}
