import { type figureColumns } from '../figures-csv';

/**
 * The Frictionless Data Package (v2) descriptor of the figures ledger: what every column of
 * figures.csv holds, in which unit, and what every code means (fyp14, more-than…), so the CSV
 * can be read without this site. The codes' words come from the site's own labels.
 */
export interface Code {
  value: string;
  /** What it means, in English and Chinese: "14th Five-Year Plan period / “十四五”时期". */
  label: string;
}

export interface DescriptorInput {
  version: string;
  /** YYYY-MM-DD */
  released: string;
  homepage: string;
  units: Code[];
  qualifiers: Code[];
  periods: Code[];
  sections: Code[];
}

export type Field = {
  name: (typeof figureColumns)[number];
  type: 'string' | 'number' | 'boolean';
  title: string;
  description: string;
  constraints?: { required?: boolean; unique?: boolean; pattern?: string; enum?: string[] };
  categories?: Code[];
};

const enumOf = (codes: Code[]) => ({ required: true, enum: codes.map((c) => c.value) });

export function tableFields(input: DescriptorInput): Field[] {
  const fields: Field[] = [
    {
      name: 'id',
      type: 'string',
      title: 'Figure id / 数据编号',
      description: 'Stable kebab-case id of the figure; the site’s pages and charts use it.',
      constraints: { required: true, unique: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    },
    {
      name: 'value',
      type: 'number',
      title: 'Value / 数值',
      description:
        'The number as the article prints it, written out (万 is 10,000 and 亿 is 100,000,000: 489.4万 is 4894000). It may be approximate: read it with qualifier.',
      constraints: { required: true },
    },
    {
      name: 'unit',
      type: 'string',
      title: 'Unit / 单位',
      description: 'What is counted.',
      constraints: enumOf(input.units),
      categories: input.units,
    },
    {
      name: 'qualifier',
      type: 'string',
      title: 'Qualifier / 限定词',
      description: 'How the article qualifies the number. A figure printed with 余 or 超 is a floor, with 近 or 不足 a ceiling.',
      constraints: enumOf(input.qualifiers),
      categories: input.qualifiers,
    },
    {
      name: 'period',
      type: 'string',
      title: 'Period / 时期',
      description: 'The time the figure covers.',
      constraints: enumOf(input.periods),
      categories: input.periods,
    },
    {
      name: 'section',
      type: 'string',
      title: 'Section / 章节',
      description: 'The part of the article the figure belongs to.',
      constraints: enumOf(input.sections),
      categories: input.sections,
    },
    {
      name: 'zh_text',
      type: 'string',
      title: 'Chinese text / 原文数字',
      description: 'The number exactly as printed, qualifier characters included.',
      constraints: { required: true },
    },
    {
      name: 'en_text',
      type: 'string',
      title: 'English text / 英文数字',
      description: 'The same number in English, the qualifier translated.',
      constraints: { required: true },
    },
    {
      name: 'zh_label',
      type: 'string',
      title: 'Chinese label / 中文说明',
      description: 'A short label, written by this site.',
      constraints: { required: true },
    },
    {
      name: 'en_label',
      type: 'string',
      title: 'English label / 英文说明',
      description: 'A short label, written by this site.',
      constraints: { required: true },
    },
    {
      name: 'quote',
      type: 'string',
      title: 'Source quote / 原文',
      description: 'The source article’s words that print the figure, verbatim.',
      constraints: { required: true },
    },
    {
      name: 'conflicts_with',
      type: 'string',
      title: 'Contradicted by / 与之矛盾的数据',
      description: 'The id of a figure the article gives differently elsewhere; empty when none. Both are kept, as printed.',
    },
    {
      name: 'from_box',
      type: 'boolean',
      title: 'From the box / 出自“数说”栏',
      description: 'true when the quote comes from the article’s 数说 (by the numbers) box rather than its body.',
      constraints: { required: true },
    },
  ];
  return fields;
}

export function dataPackageDescriptor(input: DescriptorInput): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'striving-figures',
    title: '奋斗的礼赞 · In Praise of Striving: every figure of the article',
    description:
      'Every number printed in “奋斗的礼赞”, the Shandong Federation of Trade Unions’ review of 2025 and of the 14th Five-Year Plan period (山东省总工会; 刘磊、冯路), with its verbatim source quote. README.md gives the terms.',
    version: input.version,
    created: `${input.released}T00:00:00Z`,
    homepage: input.homepage,
    keywords: ['Shandong', 'trade unions', '山东省总工会', '十四五'],
    sources: [{ title: '奋斗的礼赞 (山东省总工会; 刘磊、冯路)' }],
    contributors: [{ title: '山东省总工会 (Shandong Federation of Trade Unions)', roles: ['creator'] }],
    resources: [
      {
        name: 'figures',
        path: 'figures.csv',
        title: 'Figures / 数据',
        type: 'table',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { header: true, delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\r\n' },
        schema: {
          fields: tableFields(input),
          missingValues: [''],
          primaryKey: ['id'],
        },
      },
    ],
  };
}
