import type { Field } from './descriptor';

/**
 * Checks a table (header row first) against its Table Schema: the header names the fields in
 * order; every cell casts to its field's type (RFC 4180 text; numbers as JSON writes them;
 * true/false); required, unique, pattern and enum constraints hold; the primary key is unique;
 * a category field uses only its listed codes. The Frictionless validator is Python, which this
 * build does not have; this covers what our schema declares. Returns the problems, named by
 * row (1 is the header) and field.
 */
export function validateTable(
  fields: readonly Field[],
  primaryKey: readonly string[],
  rows: readonly string[][],
  missingValues: readonly string[] = [''],
): string[] {
  const problems: string[] = [];
  const [header = [], ...body] = rows;
  const names = fields.map((f) => f.name);
  if (header.join(',') !== names.join(',')) problems.push(`row 1: header is ${header.join(',')}, the schema has ${names.join(',')}`);
  const seen = new Map<string, Set<string>>(fields.filter((f) => f.constraints?.unique).map((f) => [f.name, new Set<string>()]));
  const keys = new Set<string>();
  body.forEach((row, i) => {
    const at = `row ${i + 2}`;
    if (row.length !== fields.length) problems.push(`${at}: ${row.length} cells, the schema has ${fields.length} fields`);
    fields.forEach((field, j) => {
      const cell = row[j] ?? '';
      const where = `${at}, ${field.name}`;
      if (missingValues.includes(cell)) {
        if (field.constraints?.required) problems.push(`${where}: required, but empty`);
        return;
      }
      if (field.type === 'number' && !/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(cell))
        problems.push(`${where}: "${cell}" is not a number`);
      if (field.type === 'boolean' && cell !== 'true' && cell !== 'false') problems.push(`${where}: "${cell}" is not true or false`);
      const { pattern, enum: allowed } = field.constraints ?? {};
      if (pattern && !new RegExp(`^(?:${pattern.replace(/^\^|\$$/g, '')})$`).test(cell))
        problems.push(`${where}: "${cell}" does not match ${pattern}`);
      if (allowed && !allowed.includes(cell)) problems.push(`${where}: "${cell}" is not one of its codes`);
      if (field.categories && !field.categories.some((c) => c.value === cell))
        problems.push(`${where}: "${cell}" is not a listed category`);
      const unique = seen.get(field.name);
      if (unique?.has(cell)) problems.push(`${where}: "${cell}" repeats`);
      unique?.add(cell);
    });
    const key = primaryKey.map((name) => row[names.indexOf(name as Field['name'])] ?? '').join('\u0000');
    if (keys.has(key)) problems.push(`${at}: primary key ${primaryKey.join('+')} repeats`);
    keys.add(key);
  });
  return problems;
}
