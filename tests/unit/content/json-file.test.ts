import { describe, expect, it } from 'vitest';
import { contentErrorReport, findDuplicateIds, formatError, parseJsonArray } from '../../../src/lib/content/json-file';

describe('parseJsonArray', () => {
  it('gives each item with the line it starts on', () => {
    const { items, errors } = parseJsonArray('[\n  { "id": "a" },\n  { "id": "b" }\n]\n', 'f.json');
    expect(errors).toEqual([]);
    expect(items).toEqual([
      { value: { id: 'a' }, line: 2 },
      { value: { id: 'b' }, line: 3 },
    ]);
  });
  it('refuses a trailing comma, naming the line and column', () => {
    const { items, errors } = parseJsonArray('[\n  { "id": "a" },\n]\n', 'content/glossary.json');
    expect(items).toEqual([]);
    expect(errors.map(formatError)[0]).toMatch(/^content\/glossary\.json:3:1: invalid JSON/);
  });
  it('refuses comments and a file that is not an array', () => {
    expect(parseJsonArray('[ // x\n]', 'f').errors.length).toBeGreaterThan(0);
    expect(parseJsonArray('{"id":"a"}', 'f').errors[0]?.message).toMatch(/JSON array/);
  });
});

describe('findDuplicateIds', () => {
  it('reports every copy of an id, with its line', () => {
    const { items } = parseJsonArray('[\n{"id":"a"},\n{"id":"b"},\n{"id":"a"}\n]', 'content/figures.json');
    expect(findDuplicateIds(items, 'content/figures.json').map(formatError)).toEqual([
      'content/figures.json:2: field "id": "a" is used 2 times (lines 2, 4)',
      'content/figures.json:4: field "id": "a" is used 2 times (lines 2, 4)',
    ]);
  });
});

describe('contentErrorReport', () => {
  it('lists every error by file and line, so any loader that fails shows the whole list', () => {
    const report = contentErrorReport([
      { file: 'content/figures.json', line: 40, message: 'b' },
      { file: 'content/charts.json', line: 2, message: 'c' },
      { file: 'content/figures.json', line: 3, message: 'a' },
    ]);
    expect(report).toBe('Content errors:\n  content/charts.json:2: c\n  content/figures.json:3: a\n  content/figures.json:40: b');
  });
  it('is nothing when there is nothing to report', () => {
    expect(contentErrorReport([])).toBeUndefined();
  });
});
