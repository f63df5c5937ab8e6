import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage } from '../support/site';

describe('security of every built page', () => {
  const pages = htmlFiles().map((file) => ({ file, page: readPage(file) }));

  it('carries a Content-Security-Policy whose script-src has no unsafe-inline', () => {
    for (const { file, page } of pages) {
      const csp = page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc, file).toMatch(/^\s*script-src 'self'/);
      expect(scriptSrc, file).not.toContain("'unsafe-inline'");
      expect(csp, file).toContain("object-src 'none'");
    }
  });

  it('has no inline event handlers and no inline style attributes', () => {
    for (const { file, page } of pages) {
      const offenders = page.querySelectorAll('*').filter((el) => Object.keys(el.attributes).some((name) => /^on/i.test(name) || name === 'style'));
      expect(offenders.map((el) => el.outerHTML.slice(0, 80)), file).toEqual([]);
    }
  });

  it('opens external links in a new window only with rel="noopener"', () => {
    for (const { file, page } of pages) {
      for (const a of page.querySelectorAll('a[target="_blank"]')) expect(a.getAttribute('rel') ?? '', file).toContain('noopener');
    }
  });
});
