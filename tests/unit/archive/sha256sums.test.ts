import { describe, expect, it } from 'vitest';
import { formatSha256Sums } from '../../../src/integrations/archive/package';

describe('formatSha256Sums', () => {
  it('writes the lines sha256sum -c and shasum -c read: hash, two spaces, path', () => {
    expect(
      formatSha256Sums([
        { path: 'index.html', sha256: 'a'.repeat(64) },
        { path: 'zh/about/index.html', sha256: 'b'.repeat(64) },
      ]),
    ).toBe(`${'a'.repeat(64)}  index.html\n${'b'.repeat(64)}  zh/about/index.html\n`);
  });
});
