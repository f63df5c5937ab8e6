import { describe, expect, it } from 'vitest';
import { smartQuotes } from '../../../src/lib/content/smart-quotes';

describe('smartQuotes', () => {
  it('curls apostrophes and quotes as the pages print them, and leaves Chinese alone', () => {
    expect(smartQuotes('workers\' children and "Home for Riders"')).toBe('workers’ children and “Home for Riders”');
    expect(smartQuotes('“十四五”时期')).toBe('“十四五”时期');
  });
});
