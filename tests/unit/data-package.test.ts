import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/lib/csv';
import { dataPackageDescriptor, tableFields, type DescriptorInput } from '../../src/lib/data-package/descriptor';
import { validateTable } from '../../src/lib/data-package/validate';

const input: DescriptorInput = {
  version: '1.0.0',
  released: '2026-12-07',
  homepage: 'https://example.org/en/numbers/',
  units: [{ value: 'people', label: 'People / 人数' }],
  qualifiers: [
    { value: 'exact', label: 'exact' },
    { value: 'more-than', label: 'more than (余)' },
  ],
  periods: [{ value: 'fyp14', label: '14th FYP' }],
  sections: [{ value: 'union-reform', label: 'Reform / 改革' }],
};
const fields = tableFields(input);
const good = [
  'a-figure',
  4894000,
  'people',
  'more-than',
  'fyp14',
  'union-reform',
  '489.4万余',
  'more than 4.894 million',
  '会员',
  'Members',
  '发展工会会员489.4万余人',
  undefined,
  false,
];
const table = (...rows: (string | number | boolean | undefined)[][]) =>
  parseCsv(
    toCsv(
      fields.map((f) => f.name),
      rows,
    ),
  );

describe('the Table Schema check', () => {
  it('passes a table that holds to the schema', () => {
    expect(validateTable(fields, ['id'], table(good, ['b-figure', ...good.slice(1)]))).toEqual([]);
  });

  it('names the row and field of each problem', () => {
    const bad = ['A Figure', 'many', 'persons', 'more-than', 'fyp14', 'union-reform', '', 'x', 'y', 'z', 'q', undefined, 'yes'];
    expect(validateTable(fields, ['id'], table(good, bad, good))).toEqual([
      'row 3, id: "A Figure" does not match ^[a-z0-9]+(-[a-z0-9]+)*$',
      'row 3, value: "many" is not a number',
      'row 3, unit: "persons" is not one of its codes',
      'row 3, unit: "persons" is not a listed category',
      'row 3, zh_text: required, but empty',
      'row 3, from_box: "yes" is not true or false',
      'row 4, id: "a-figure" repeats',
      'row 4: primary key id repeats',
    ]);
  });

  it('refuses a header that is not the schema’s', () => {
    const rows = table(good);
    rows[0] = [...(rows[0] ?? [])].reverse();
    expect(validateTable(fields, ['id'], rows)[0]).toMatch(/^row 1: header is from_box,/);
  });
});

describe('the descriptor', () => {
  it('names the CSV, its dialect, primary key and every code', () => {
    const descriptor = dataPackageDescriptor(input) as {
      resources: { path: string; schema: { primaryKey: string[]; fields: { name: string; categories?: unknown }[] } }[];
    };
    const resource = descriptor.resources[0];
    expect(resource?.path).toBe('figures.csv');
    expect(resource?.schema.primaryKey).toEqual(['id']);
    expect(resource?.schema.fields.filter((f) => f.categories).map((f) => f.name)).toEqual(['unit', 'qualifier', 'period', 'section']);
  });
});
