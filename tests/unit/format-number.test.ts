import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatEnNumber, formatZhNumber, parseZhNumber } from '../../src/lib/format-number';

describe('formatEnNumber', () => {
  it('writes every number from a million up with "million" or "billion", so neighbours compare at a glance', () => {
    // Before: "19,859,400" beside "58.84 million" in one chart (a million needing four decimals went to digits).
    expect(formatEnNumber(19_859_400)).toBe('19.8594 million');
    expect(formatEnNumber(58_840_000)).toBe('58.84 million');
    expect(formatEnNumber(1_000_000)).toBe('1 million');
  });
  it('keeps every digit of millions and billions', () => {
    expect(formatEnNumber(4_894_000)).toBe('4.894 million');
    expect(formatEnNumber(1_130_000_000)).toBe('1.13 billion');
    expect(formatEnNumber(1_400_000_000)).toBe('1.4 billion');
  });
  it('never rounds: a number needing more than four decimals of a million would be written in full digits', () => {
    expect(formatEnNumber(1_234_567)).toBe('1,234,567');
    expect(formatEnNumber(1_234_567_890)).toBe('1,234,567,890');
  });
  it('groups thousands below a million', () => {
    expect(formatEnNumber(361_300)).toBe('361,300');
    expect(formatEnNumber(999_999)).toBe('999,999');
    expect(formatEnNumber(1036)).toBe('1,036');
    expect(formatEnNumber(932)).toBe('932');
  });
  it('gives every ledger number of a million or more its scale word, exactly', () => {
    const ledger = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'figures.json'), 'utf8')) as {
      id: string;
      value: number;
    }[];
    const large = ledger.filter((f) => f.value >= 1e6);
    expect(large.length).toBeGreaterThan(5);
    for (const f of large) {
      const [number, scale] = formatEnNumber(f.value).split(' ');
      expect(scale, f.id).toMatch(/^(million|billion)$/);
      expect(Number(number) * (scale === 'billion' ? 1e9 : 1e6), f.id).toBeCloseTo(f.value, 0);
    }
  });
});

describe('formatZhNumber', () => {
  it('uses 万 and 亿 as the article does', () => {
    expect(formatZhNumber(4_894_000)).toBe('489.4万');
    expect(formatZhNumber(361_300)).toBe('36.13万');
    expect(formatZhNumber(1_130_000_000)).toBe('11.3亿');
    expect(formatZhNumber(10_400)).toBe('1.04万');
    expect(formatZhNumber(1036)).toBe('1036');
  });
});

describe('parseZhNumber', () => {
  it('expands 万, 亿 and 千万', () => {
    expect(parseZhNumber('489.4万')).toEqual({ value: 4_894_000, qualifier: 'exact' });
    expect(parseZhNumber('11.3亿')).toEqual({ value: 1_130_000_000, qualifier: 'exact' });
    expect(parseZhNumber('1985.94万')).toEqual({ value: 19_859_400, qualifier: 'exact' });
    expect(parseZhNumber('超千万')).toEqual({ value: 10_000_000, qualifier: 'over' });
  });
  it('reads 余 wherever the article puts it', () => {
    expect(parseZhNumber('1100余万')).toEqual({ value: 11_000_000, qualifier: 'more-than' });
    expect(parseZhNumber('120万余')).toEqual({ value: 1_200_000, qualifier: 'more-than' });
  });
  it('reads prefixes and percentages', () => {
    expect(parseZhNumber('超过20万')).toEqual({ value: 200_000, qualifier: 'over' });
    expect(parseZhNumber('近500')).toEqual({ value: 500, qualifier: 'nearly' });
    expect(parseZhNumber('不足3')).toEqual({ value: 3, qualifier: 'fewer-than' });
    expect(parseZhNumber('超80%')).toEqual({ value: 80, qualifier: 'over' });
  });
  it('returns undefined for text without a number', () => {
    expect(parseZhNumber('工匠')).toBeUndefined();
    expect(parseZhNumber('')).toBeUndefined();
  });
});
