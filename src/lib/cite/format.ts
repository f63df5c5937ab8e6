import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './item';
import gbt7714 from './csl/china-national-standard-gb-t-7714-2015-numeric.csl?raw';
import apa from './csl/apa.csl?raw';
import zhCN from './csl/locales-zh-CN.xml?raw';

/**
 * Formats citations with citation-js and the CSL styles the citation world maintains, not our
 * own strings: GB/T 7714-2015 (numeric) for the Chinese editions, APA 7 for the English. The
 * styles and the zh-CN locale are copied from citation-style-language/styles and /locales
 * (CC BY-SA 3.0; see csl/README.md). Build time only: citeproc is far too big for a page.
 */
const csl = plugins.config.get('@csl');
if (!csl.styles.has('gb-t-7714-2015')) {
  csl.styles.add('gb-t-7714-2015', gbt7714);
  csl.styles.add('apa-7', apa);
  csl.locales.add('zh-CN', zhCN);
}
// BibTeX keeps Chinese as it is (biber and modern BibTeX read UTF-8) instead of dropping it.
plugins.config.get('@bibtex').format.asciiOnly = false;

export interface Citations {
  /** The reference as a reader pastes it: GB/T 7714 or APA 7. */
  text: string;
  bibtex: string;
  ris: string;
}

export function formatCitations(item: CslItem): Citations {
  const cite = new Cite(item);
  const chinese = item.language.startsWith('zh');
  const text = cite
    .format('bibliography', { template: chinese ? 'gb-t-7714-2015' : 'apa-7', lang: chinese ? 'zh-CN' : 'en-US', format: 'text' })
    .trim()
    // A numeric style numbers a list; one reference on its own has no number.
    .replace(/^\[1\]\s*/, '');
  // citation-js wraps RIS values every 70 characters, mid-word; importers (and citation-js itself)
  // then read the title cut at the break. RIS has no line limit: the breaks are taken out.
  const ris = cite
    .format('ris')
    .trim()
    .replace(/\n(?![A-Z][A-Z0-9] {2}-)/g, '');
  return { text, bibtex: cite.format('bibtex').trim(), ris };
}
