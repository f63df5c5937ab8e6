import type { APIRoute, GetStaticPaths } from 'astro';
import { editionList, type Edition } from '../../i18n/locales';
import { allCitables, citationsOf, citeFiles, type Citable } from '../../utils/cite';

type Props = { edition: Edition; item: Citable; format: 'bibtex' | 'ris' };

/** Every chart's and figure's citation as a BibTeX and an RIS file, in each edition. */
export const getStaticPaths = (async () =>
  (await allCitables()).flatMap((item) =>
    editionList.flatMap((edition) =>
      (['bibtex', 'ris'] as const).map((format) => ({
        params: { file: citeFiles(edition, item)[format].slice('/cite/'.length) },
        props: { edition, item, format } satisfies Props,
      })),
    ),
  )) satisfies GetStaticPaths;

const types = { bibtex: 'application/x-bibtex; charset=utf-8', ris: 'application/x-research-info-systems; charset=utf-8' };

export const GET: APIRoute<Props> = async ({ props }) => {
  const citations = await citationsOf(props.edition, props.item);
  return new Response(`${citations[props.format]}\n`, { headers: { 'Content-Type': types[props.format] } });
};
