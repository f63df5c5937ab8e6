import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import type { Field } from '../../src/lib/data-package/descriptor';
import { validateTable } from '../../src/lib/data-package/validate';
import { unzipArchive } from '../support/archive';
import { distDir, root, source } from '../support/site';

const zipName = readdirSync(join(distDir, 'downloads')).find((f) => /^striving-data-.+\.zip$/.test(f)) ?? '';
let dir = '';
let remove = () => {};
beforeAll(() => {
  ({ dir, remove } = unzipArchive(join(distDir, 'downloads', zipName)));
});
afterAll(() => remove());

const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const schema = (file: string) => JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'schemas', file), 'utf8')) as object;
const ajv = () => {
  const instance = new Ajv({ strict: false, allErrors: true });
  addFormats.default(instance);
  // The Frictionless profiles mark long text fields for form builders; it is not a check.
  instance.addFormat('textarea', true);
  return instance;
};

describe('the data package', () => {
  it('is one folder named for the version, with the CSV, its descriptor, a README, CITATION.cff and SHA256SUMS', () => {
    expect(zipName).toMatch(/^striving-data-\d+\.\d+\.\d+\.zip$/);
    expect(dir.endsWith(zipName.replace(/\.zip$/, ''))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['CITATION.cff', 'README.md', 'SHA256SUMS', 'datapackage.json', 'figures.csv']);
    expect(execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).toContain('figures.csv: OK');
    expect(readFileSync(join(distDir, 'downloads', 'SHA256SUMS'), 'utf8')).toContain(`  ${zipName}\n`);
  });

  it('has a descriptor valid against the Frictionless Data Package 2.0 profile, documenting every column and code', () => {
    const descriptor = JSON.parse(read('datapackage.json')) as { resources: { schema: { fields: Field[]; primaryKey: string[] } }[] };
    const validate = ajv().compile(schema('datapackage-2.0.json'));
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
    const { fields } = descriptor.resources[0]?.schema ?? { fields: [] };
    for (const field of fields) expect(field.description.length, field.name).toBeGreaterThan(10);
    const codes = Object.fromEntries(fields.filter((f) => f.categories).map((f) => [f.name, f.categories?.map((c) => c.value)]));
    expect(codes['period']).toEqual(['fyp14', 'y2025', 'to-date', 'event']);
    expect(codes['qualifier']).toEqual(['exact', 'more-than', 'over', 'nearly', 'fewer-than']);
    expect(fields.find((f) => f.name === 'period')?.categories?.[0]?.label).toMatch(/14th Five-Year Plan.*十四五/);
  });

  it('has a CSV that holds to that schema, every quote verbatim from the source', () => {
    const descriptor = JSON.parse(read('datapackage.json')) as { resources: { schema: { fields: Field[]; primaryKey: string[] } }[] };
    const { fields, primaryKey } = descriptor.resources[0]?.schema ?? { fields: [], primaryKey: [] };
    const rows = parseCsv(read('figures.csv'));
    expect(validateTable(fields, primaryKey, rows)).toEqual([]);
    expect(rows.length - 1).toBe((JSON.parse(readFileSync(join(root, 'content', 'figures.json'), 'utf8')) as unknown[]).length);
    const quote = rows[0]?.indexOf('quote') ?? -1;
    const squashed = source.replace(/\s+/g, '');
    for (const row of rows.slice(1)) expect(squashed, row[0]).toContain((row[quote] ?? '').replace(/\s+/g, ''));
    // The same file the site serves as /figures.csv.
    expect(read('figures.csv')).toBe(readFileSync(join(distDir, 'figures.csv'), 'utf8'));
  });

  it('has a CITATION.cff valid against the Citation File Format 1.2.0 schema', () => {
    const cff = load(read('CITATION.cff')) as Record<string, unknown>;
    const validate = ajv().compile(schema('citation-file-format-1.2.0.json'));
    expect(validate(cff), JSON.stringify(validate.errors)).toBe(true);
    expect(cff['authors']).toEqual([
      { name: '山东省总工会 (Shandong Federation of Trade Unions)' },
      { 'family-names': '刘', 'given-names': '磊' },
      { 'family-names': '冯', 'given-names': '路' },
    ]);
  });

  it('states its terms in both languages without claiming the source’s rights', () => {
    const readme = read('README.md');
    expect(readme).toContain('本站不享有、也不授予其任何权利');
    expect(readme).toContain('This site holds no rights in them and grants none');
    expect(readme).not.toMatch(/CC BY|licen[cs]ed under|©/i);
  });
});
