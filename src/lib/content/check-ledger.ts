import { parseZhNumber } from '../format-number';
import type { Figure } from '../figures';
import type { ContentError } from './json-file';

/** The ledger fields the integrity check reads. */
export type LedgerFigure = Pick<Figure, 'id' | 'value' | 'unit' | 'qualifier' | 'theme' | 'quote' | 'conflictsWith'> & {
  zh: Pick<Figure['zh'], 'text'>;
};

/**
 * Checks the ledger against the source: verbatim quotes, values that match their printed
 * text, conflicts that point both ways, themes that name a section.
 * @param lines the line of each figure in the file, by id
 */
export function checkLedger(
  figures: readonly LedgerFigure[],
  source: string,
  sections: ReadonlySet<string>,
  file: string,
  lines: ReadonlyMap<string, number>,
): ContentError[] {
  const errors: ContentError[] = [];
  const byId = new Map(figures.map((f) => [f.id, f]));
  // The source breaks one sentence over two lines for its layout (成 / 功牵手): a quote may span that.
  const joined = source.replace(/\s*\n\s*/g, '');
  for (const figure of figures) {
    const at = (message: string) => errors.push({ file, line: lines.get(figure.id), message: `figure "${figure.id}": ${message}` });
    if (!source.includes(figure.quote) && !joined.includes(figure.quote))
      at(`field "quote" is not verbatim in the source: "${figure.quote}"`);
    if (!figure.quote.includes(figure.zh.text)) at(`field "zh.text" ("${figure.zh.text}") is not in its quote`);
    const parsed = parseZhNumber(figure.zh.text);
    if (!parsed) at(`field "zh.text" ("${figure.zh.text}") is not a number`);
    else {
      if (parsed.value !== figure.value) at(`field "value" is ${figure.value} but "${figure.zh.text}" means ${parsed.value}`);
      if (parsed.qualifier !== figure.qualifier)
        at(`field "qualifier" is ${figure.qualifier} but "${figure.zh.text}" says ${parsed.qualifier}`);
    }
    if (!sections.has(figure.theme)) at(`field "theme": no section "${figure.theme}" (content/sections/zh/${figure.theme}.mdx)`);
    if (figure.conflictsWith !== undefined) {
      const other = byId.get(figure.conflictsWith);
      if (!other) at(`field "conflictsWith" names unknown figure "${figure.conflictsWith}"`);
      else if (other.conflictsWith !== figure.id) at(`field "conflictsWith": "${other.id}" does not point back`);
      // Two counts of different things (cases handled, times a service was given) are two
      // facts, not one fact given twice: the site must not present them as a contradiction.
      else if (other.unit !== figure.unit)
        at(
          `field "conflictsWith": "${other.id}" counts ${other.unit} and this figure ${figure.unit}; figures that measure different things do not contradict each other`,
        );
    }
  }
  return errors;
}

/** Entry ids look like "zh/li-junqi"; returns the ids that lack a twin in another language. */
export function findMissingTwins(ids: readonly string[], langs: readonly string[]): { id: string; missing: string }[] {
  const present = new Set(ids);
  const problems: { id: string; missing: string }[] = [];
  for (const id of ids) {
    const [lang, ...rest] = id.split('/');
    const name = rest.join('/');
    if (!lang || !langs.includes(lang)) {
      problems.push({ id, missing: `a language folder (${langs.join(' or ')})` });
      continue;
    }
    for (const other of langs) {
      if (other !== lang && !present.has(`${other}/${name}`)) problems.push({ id, missing: `${other}/${name}` });
    }
  }
  return problems;
}
