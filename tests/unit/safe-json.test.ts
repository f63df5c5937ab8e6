import { describe, expect, it } from 'vitest';
import { asciiJson, safeJson } from '../../src/lib/safe-json';

describe('JSON inside a script element', () => {
  it('cannot close the element', () => {
    expect(safeJson({ a: '</script><!--' })).not.toContain('<');
    expect(JSON.parse(safeJson({ a: '</script>' }))).toEqual({ a: '</script>' });
  });

  it('in ASCII only, keeps every character through a parse', () => {
    const value = { zh: '帮扶职工', hant: '幫扶職工', en: 'Care — “help”', emoji: '𠀀' };
    const text = asciiJson(value);
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
