import { describe, expect, it } from 'vitest';
import { formatBuildDate, formatBytes } from '../../src/lib/format-bytes';

describe('formatBytes', () => {
  it('prints kilobytes below a megabyte and megabytes with one decimal above', () => {
    expect(formatBytes(375_591)).toBe('376 KB');
    expect(formatBytes(1_449_000)).toBe('1.4 MB');
    expect(formatBytes(12)).toBe('1 KB');
  });
});

describe('formatBuildDate', () => {
  it('prints the UTC date in each language', () => {
    expect(formatBuildDate('2026-11-27T23:30:00Z', 'zh')).toBe('2026年11月27日');
    expect(formatBuildDate('2026-11-27T23:30:00Z', 'en')).toBe('27 November 2026');
  });
});
