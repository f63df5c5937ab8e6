import { load, YAMLException } from 'js-yaml';
import type { ContentError } from './json-file';

export interface FrontMatter {
  /** The parsed YAML, or undefined when it could not be read (the errors say why). */
  data: unknown;
  errors: ContentError[];
  /** The 1-based line of a top-level field in the file, for messages about it. */
  lineOf(field: string): number | undefined;
}

/**
 * Reads an MDX file's front matter. Every mistake names its own cause and line: a byte-order
 * mark (which hides the front matter, so the page seemed to have none), a block that is never
 * closed, and YAML errors on the line of the file where they are (a key given twice is named).
 */
export function readFrontMatter(text: string, file: string): FrontMatter {
  const lines = text.split('\n');
  const lineOf = (field: string) => {
    const end = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
    const at = lines.slice(0, end < 0 ? lines.length : end).findIndex((l) => l.startsWith(`${field}:`));
    return at < 0 ? undefined : at + 1;
  };
  const fail = (message: string, line?: number): FrontMatter => ({ data: undefined, errors: [{ file, line, message }], lineOf });
  if (text.startsWith('\ufeff'))
    return fail('starts with a byte-order mark (U+FEFF), which hides the front matter: save the file as UTF-8 without BOM', 1);
  if (!/^---\r?$/.test(lines[0] ?? '')) return fail('must begin with front matter: a line "---", the fields, and a closing "---"', 1);
  const close = lines.findIndex((l, i) => i > 0 && /^---\r?$/.test(l));
  if (close < 0) return fail('the front matter opened on line 1 is never closed: add a line "---" after its last field', 1);
  // js-yaml, the parser Astro reads front matter with, so both read the same values (a bare
  // date is a Date to both, and then fails the schema with its line, not Astro's bare error).
  try {
    return { data: load(lines.slice(1, close).join('\n')), errors: [], lineOf };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = error.mark.line + 2;
    const duplicate = /^duplicated mapping key/.test(error.reason);
    const key = /^([^:]+):/.exec(lines[line - 1] ?? '')?.[1]?.trim();
    return {
      data: undefined,
      errors: [{ file, line, message: duplicate && key ? `front matter: field "${key}" is given twice` : `front matter: ${error.reason}` }],
      lineOf,
    };
  }
}
