import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** One object of a content JSON array, with the line it starts on (1-based). */
export interface JsonItem {
  value: unknown;
  line: number;
}

/** A problem found in a content file, located for the author. */
export interface ContentError {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  message: string;
}

/** "content/figures.json:12:3: message", the form editors and terminals link to. */
export function formatError(error: ContentError): string {
  const at = error.line === undefined ? '' : `:${error.line}${error.column === undefined ? '' : `:${error.column}`}`;
  return `${error.file}${at}: ${error.message}`;
}

/**
 * Every content error as one message, by file and line. Astro runs the collection loaders at
 * once and shows only the first that throws, so each loader reports all of them: the author
 * sees the same complete list whichever loader fails first.
 */
export function contentErrorReport(errors: readonly ContentError[]): string | undefined {
  if (errors.length === 0) return undefined;
  const sorted = [...errors].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return `Content errors:\n  ${sorted.map(formatError).join('\n  ')}`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Reads a content file that holds a JSON array of objects. Strict JSON: a trailing comma or
 * a comment is an error, reported with its line and column, so a broken file can never
 * build with stale or empty content.
 */
export function parseJsonArray(text: string, file: string): { items: JsonItem[]; errors: ContentError[] } {
  const problems: ParseError[] = [];
  const tree = parseTree(text, problems, { allowTrailingComma: false, disallowComments: true });
  const errors: ContentError[] = problems.map((p) => ({
    file,
    ...lineAndColumn(text, p.offset),
    message: `invalid JSON (${printParseErrorCode(p.error)})`,
  }));
  if (errors.length > 0 || !tree) return { items: [], errors: errors.length ? errors : [{ file, message: 'empty file' }] };
  if (tree.type !== 'array') return { items: [], errors: [{ file, line: 1, message: 'must hold a JSON array' }] };
  const items = (tree.children ?? []).map((node: Node) => ({
    value: JSON.parse(text.slice(node.offset, node.offset + node.length)) as unknown,
    line: lineAndColumn(text, node.offset).line,
  }));
  return { items, errors: [] };
}

/**
 * Ids used by more than one item. A loader that keeps the last of two entries with one id
 * would silently print the wrong number, so every copy is reported.
 */
export function findDuplicateIds(items: JsonItem[], file: string): ContentError[] {
  const lines = new Map<string, number[]>();
  for (const item of items) {
    const id = (item.value as { id?: unknown } | null)?.id;
    if (typeof id === 'string') lines.set(id, [...(lines.get(id) ?? []), item.line]);
  }
  return [...lines].flatMap(([id, at]) =>
    at.length < 2
      ? []
      : at.map((line) => ({ file, line, message: `field "id": "${id}" is used ${at.length} times (lines ${at.join(', ')})` })),
  );
}

/** What validation needs of a schema: zod's `safeParse`, typed structurally so this file stays free of zod. */
export interface Schema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly (string | number)[]; message: string }[] } };
}

/** A field path as an author reads it: `panels[0].rows[1].figure`. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * Checks each item of a content file against its schema. Valid items come back as the schema's
 * output; each problem names the file, the item's line, the item's id and the field.
 */
export function validateItems<T>(
  items: readonly JsonItem[],
  schema: Schema<T>,
  file: string,
  what: string,
): { values: T[]; errors: ContentError[] } {
  const values: T[] = [];
  const errors: ContentError[] = [];
  for (const item of items) {
    const result = schema.safeParse(item.value);
    if (result.success) {
      values.push(result.data);
      continue;
    }
    const id = (item.value as { id?: unknown } | null)?.id;
    const who = typeof id === 'string' ? `${what} "${id}": ` : '';
    for (const issue of result.error.issues)
      errors.push({
        file,
        line: item.line,
        message: `${who}${issue.path.length ? `field "${fieldPath(issue.path)}": ` : ''}${issue.message}`,
      });
  }
  return { values, errors };
}

/**
 * Reads a content file that holds one JSON object (settings such as content/edition.json),
 * as strictly as parseJsonArray. `lineOf` gives the line of a top-level field, so a bad value
 * is reported where it is written.
 */
export function parseJsonObject(
  text: string,
  file: string,
): { value: unknown; lineOf: (field: string) => number | undefined; errors: ContentError[] } {
  const problems: ParseError[] = [];
  const tree = parseTree(text, problems, { allowTrailingComma: false, disallowComments: true });
  const none = () => undefined;
  const errors: ContentError[] = problems.map((p) => ({
    file,
    ...lineAndColumn(text, p.offset),
    message: `invalid JSON (${printParseErrorCode(p.error)})`,
  }));
  if (errors.length > 0 || !tree)
    return { value: undefined, lineOf: none, errors: errors.length ? errors : [{ file, message: 'empty file' }] };
  if (tree.type !== 'object') return { value: undefined, lineOf: none, errors: [{ file, line: 1, message: 'must hold a JSON object' }] };
  const lines = new Map(
    (tree.children ?? []).flatMap((property: Node) => {
      const key = property.children?.[0];
      return key && typeof key.value === 'string' ? [[key.value, lineAndColumn(text, key.offset).line] as const] : [];
    }),
  );
  return { value: JSON.parse(text) as unknown, lineOf: (field) => lines.get(field), errors: [] };
}
