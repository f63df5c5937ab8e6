import { describe, expect, it } from 'vitest';
import { qrPath } from '../../src/lib/share/paths';

describe('a QR code’s path', () => {
  it('sits under /qr/, named for the page, in each edition', () => {
    expect(qrPath('/zh/charts/care/')).toBe('/qr/zh/charts/care.svg');
    expect(qrPath('/zh-hant/charts/care/')).toBe('/qr/zh-hant/charts/care.svg');
    expect(qrPath('/en/charts/care/')).toBe('/qr/en/charts/care.svg');
  });
});
