import { parseZhNumber } from './format-number';

/** A component reference written in an MDX body, such as <Fig id="members-new" />. */
export interface ComponentRef {
  component: 'Fig' | 'Story' | 'Chart';
  id: string;
  line: number;
}

/** Finds every <Fig>, <Story> and <Chart> id in an MDX body, with its line number. */
export function extractComponentRefs(body: string): ComponentRef[] {
  const refs: ComponentRef[] = [];
  body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(/<(Fig|Story|Chart)\s+id="([^"]*)"/g)) {
      refs.push({ component: match[1] as ComponentRef['component'], id: match[2] ?? '', line: index + 1 });
    }
  });
  return refs;
}

/** Entry ids look like "zh/li-junqi"; returns the ids that lack a twin in another language. */
export function findMissingTwins(ids: string[], langs: readonly string[]): { id: string; missing: string }[] {
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

/** The ledger fields the integrity check reads. */
export interface LedgerFigure {
  id: string;
  value: number;
  qualifier: string;
  zh: { text: string };
  quote: string;
  conflictsWith?: string | undefined;
}

/** Checks the ledger against the source: verbatim quotes, values that match, linked conflicts. */
export function checkLedger(figures: LedgerFigure[], source: string): string[] {
  const errors: string[] = [];
  const byId = new Map<string, LedgerFigure>();
  for (const figure of figures) {
    if (byId.has(figure.id)) errors.push(`figure "${figure.id}": field "id" is used twice`);
    byId.set(figure.id, figure);
  }
  for (const figure of figures) {
    const where = `figure "${figure.id}"`;
    if (!source.includes(figure.quote)) errors.push(`${where}: field "quote" is not verbatim in the source: "${figure.quote}"`);
    if (!figure.quote.includes(figure.zh.text)) errors.push(`${where}: field "zh.text" ("${figure.zh.text}") is not in its quote`);
    const parsed = parseZhNumber(figure.zh.text);
    if (!parsed) errors.push(`${where}: field "zh.text" ("${figure.zh.text}") is not a number`);
    else {
      if (parsed.value !== figure.value) errors.push(`${where}: field "value" is ${figure.value} but "${figure.zh.text}" means ${parsed.value}`);
      if (parsed.qualifier !== figure.qualifier) errors.push(`${where}: field "qualifier" is ${figure.qualifier} but "${figure.zh.text}" says ${parsed.qualifier}`);
    }
    if (figure.conflictsWith !== undefined) {
      const other = byId.get(figure.conflictsWith);
      if (!other) errors.push(`${where}: field "conflictsWith" names unknown figure "${figure.conflictsWith}"`);
      else if (other.conflictsWith !== figure.id) errors.push(`${where}: field "conflictsWith": "${other.id}" does not point back`);
    }
  }
  return errors;
}
