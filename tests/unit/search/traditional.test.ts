import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js/t2cn';
import { mapChars, traditionalMap } from '../../../src/lib/search/traditional';

const t2cn = Converter({ from: 't', to: 'cn' });

describe('traditionalMap', () => {
  const map = traditionalMap('工会会员劳动模范', t2cn);
  it('lists the traditional characters of the text’s simplified ones', () => {
    expect(map['會']).toBe('会');
    expect(map['勞']).toBe('劳');
    expect(map['員']).toBe('员');
  });
  it('leaves out characters the text never uses', () => {
    expect(map['髮']).toBeUndefined();
  });
  it('converts a 繁體 query to the simplified text, and leaves a simplified one as it is', () => {
    expect(mapChars('工會會員', map)).toBe('工会会员');
    expect(mapChars('工会会员', map)).toBe('工会会员');
  });
});
