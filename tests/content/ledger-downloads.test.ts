import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, root } from '../support/site';

const ledger = JSON.parse(readFileSync(join(root, 'content/figures.json'), 'utf8')) as { id: string; value: number; quote: string }[];

describe('the ledger downloads', () => {
  it('offers CSV in UTF-8 with a byte-order mark and one row per figure', () => {
    const csv = readFileSync(join(distDir, 'figures.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,value,unit,qualifier,period,section,zh_text,en_text,zh_label,en_label,quote,conflicts_with,from_box');
    expect(lines).toHaveLength(ledger.length + 1);
    expect(csv).toContain('members-new,4894000,people,exact,fyp14,union-reform,489.4万,4.894 million');
  });

  it('offers JSON with the English form added', () => {
    const json = JSON.parse(readFileSync(join(distDir, 'figures.json'), 'utf8')) as { id: string; value: number; en: { text: string } }[];
    expect(json.map((f) => f.id).sort()).toEqual(ledger.map((f) => f.id).sort());
    expect(json.find((f) => f.id === 'warmth-funds')?.en.text).toBe('1.13 billion yuan');
  });
});
