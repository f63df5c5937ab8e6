/**
 * Where a page's QR code is: /qr/<edition>/<page>.svg, outside the editions' folders, so the
 * 繁體 twin of a 简体 page points at its own code (its links turn /zh/ into /zh-hant/) and the
 * build draws each edition's code itself rather than converting the 简体 one.
 */
export function qrPath(pagePath: string): string {
  return `/qr/${pagePath.replace(/^\/+|\/+$/g, '')}.svg`;
}
