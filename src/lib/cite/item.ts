import type { Edition } from '../../i18n/locales';

/**
 * One thing to cite (a chart or a figure) as CSL-JSON, the data that citation styles format.
 * Its authors are the source article's: the organisation, then the byline's people. The title
 * is the chart's finding or the figure; the publisher is this edition of the site, with its
 * version and release date; the URL is the item's permalink.
 */
export interface CiteInput {
  id: string;
  edition: Edition;
  /** The chart's finding, or the figure with its label. */
  title: string;
  /** What it is, in brackets after the title in APA: "Chart", "Figure". */
  genre: string;
  url: string;
  /** The article's organisation, as the site prints it. */
  organisation: string;
  /** The article's byline as printed ("□刘磊 冯路", "Liu Lei, Feng Lu"). */
  byline: string;
  /** This site's name in the edition's script. */
  site: string;
  version: string;
  /** YYYY-MM-DD */
  released: string;
  /** YYYY-MM-DD */
  accessed: string;
}

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  /** BibTeX's key: citation-js would build it from a family name and a title word, which a Chinese title or an organisation lacks. */
  'citation-key': string;
  type: 'graphic' | 'webpage';
  title: string;
  genre?: string;
  author: CslName[];
  publisher: string;
  version: string;
  issued: { 'date-parts': [[number, number, number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
}

const dateParts = (iso: string): { 'date-parts': [[number, number, number]] } => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[y, m, d]] };
};

/**
 * The byline's people as CSL names, family name first: 刘磊 → 刘, 磊 (a one-character family
 * name, as both are); "Liu Lei" → Liu, Lei. Chinese names are set apart by spaces, English ones
 * by commas. The box the source prints before the byline (□) is not part of a name.
 */
export function bylineNames(byline: string): CslName[] {
  const text = byline.replace(/□/g, ' ').trim();
  if (/[\u3400-\u9fff]/.test(text)) return text.split(/[\s、，,]+/).map((name) => ({ family: name.slice(0, 1), given: name.slice(1) }));
  return text.split(/\s*,\s*/).map((name) => {
    const [family = '', ...given] = name.split(/\s+/);
    return { family, given: given.join(' ') };
  });
}

/**
 * The item's CSL-JSON. Chinese editions are web documents ([EB/OL] in GB/T 7714); the English
 * is a graphic, for which APA 7 prints the version and the genre: "(Version 0.1.0) [Chart]".
 */
export function citeItem(input: CiteInput): CslItem {
  const chinese = input.edition !== 'en';
  return {
    id: input.id,
    // BibTeX keys take letters, digits and _ only.
    'citation-key': `striving_${input.released.slice(0, 4)}_${input.id.replace(/[^A-Za-z0-9]/g, '_')}`,
    type: chinese ? 'webpage' : 'graphic',
    title: input.title,
    ...(chinese ? {} : { genre: input.genre }),
    author: [{ literal: input.organisation }, ...bylineNames(input.byline)],
    // GB/T 7714 has no place for a web document's version but its publisher: "奋斗的礼赞 0.1.0版".
    publisher: chinese ? `${input.site} ${input.version}版` : input.site,
    version: input.version,
    issued: dateParts(input.released),
    accessed: dateParts(input.accessed),
    URL: input.url,
    language: chinese ? (input.edition === 'zh' ? 'zh-CN' : 'zh-TW') : 'en',
  };
}
