import { createHash } from 'node:crypto';
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

  it('puts the policy first in <head>, before anything that comes from content', () => {
    for (const { file, page } of pages) {
      const head = page.querySelector('head');
      const elements = head?.childNodes.filter((n) => n.nodeType === 1) ?? [];
      const at = elements.findIndex(
        (el) => (el as { getAttribute?: (n: string) => string | undefined }).getAttribute?.('http-equiv') === 'content-security-policy',
      );
      expect(at, file).toBeGreaterThanOrEqual(0);
      expect(
        elements.slice(0, at).every((el) => (el as { rawTagName?: string }).rawTagName === 'meta'),
        file,
      ).toBe(true);
    }
  });

  it('allows every inline script and style it carries by hash, and nothing runs that the policy does not name', () => {
    let inline = 0;
    const problems: string[] = [];
    for (const { file, page } of pages) {
      const csp = page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const allowed = (directive: string) =>
        new Set([...(csp.split(';').find((d) => d.trim().startsWith(directive)) ?? '').matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]));
      const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
      const scripts = page.querySelectorAll('script:not([src])').filter((s) => !/json/.test(s.getAttribute('type') ?? ''));
      for (const script of scripts) {
        inline += 1;
        if (!allowed('script-src').has(hash(script.rawText)))
          problems.push(`${file}: inline script not in the policy: ${script.rawText.slice(0, 60)}`);
      }
      for (const style of page.querySelectorAll('style')) {
        inline += 1;
        if (!allowed('style-src').has(hash(style.rawText)))
          problems.push(`${file}: inline style not in the policy: ${style.rawText.slice(0, 60)}`);
      }
    }
    console.log(`CSP: ${inline} inline scripts and styles checked`);
    expect(problems).toEqual([]);
  });

  it('has no inline event handlers and no inline style attributes', () => {
    for (const { file, page } of pages) {
      const offenders = page
        .querySelectorAll('*')
        .filter((el) => Object.keys(el.attributes).some((name) => /^on/i.test(name) || name === 'style'));
      expect(
        offenders.map((el) => el.outerHTML.slice(0, 80)),
        file,
      ).toEqual([]);
    }
  });

  it('opens external links in a new window only with rel="noopener"', () => {
    for (const { file, page } of pages) {
      for (const a of page.querySelectorAll('a[target="_blank"]')) expect(a.getAttribute('rel') ?? '', file).toContain('noopener');
    }
  });
});
