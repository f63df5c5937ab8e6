import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { distDir, root } from '../support/site';

const ledger = JSON.parse(readFileSync(join(root, 'content/figures.json'), 'utf8')) as { id: string; value: number; quote: string }[];

describe('the ledger downloads', () => {
  it('offers CSV in UTF-8 with a byte-order mark and one row per figure', () => {
    const csv = readFileSync(join(distDir, 'figures.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([
      'id',
      'value',
      'unit',
      'qualifier',
      'period',
      'section',
      'zh_text',
      'en_text',
      'zh_label',
      'en_label',
      'quote',
      'conflicts_with',
      'from_box',
    ]);
    expect(rows).toHaveLength(ledger.length);
    expect(rows.find((r) => r[0] === 'members-new')?.slice(0, 8)).toEqual([
      'members-new',
      '4894000',
      'people',
      'exact',
      'fyp14',
      'union-reform',
      '489.4万',
      '4.894 million',
    ]);
    // Every text field is quoted, so a ";" inside a label never starts a cell in a spreadsheet that splits on it.
    expect(csv).toContain('"members-new",4894000,"people"');
  });

  it('offers JSON with the English form added', () => {
    const json = JSON.parse(readFileSync(join(distDir, 'figures.json'), 'utf8')) as { id: string; value: number; en: { text: string } }[];
    expect(json.map((f) => f.id).sort()).toEqual(ledger.map((f) => f.id).sort());
    expect(json.find((f) => f.id === 'warmth-funds')?.en.text).toBe('1.13 billion yuan');
  });
});
