import { describe, expect, it } from 'vitest';
import { editionOfPath, langOfPath, routePath, translatePath, withBase, withoutBase } from '../../src/lib/paths';
import { normaliseBase } from '../../src/lib/base.mjs';

describe('routePath', () => {
  it('gives each kind of page its URL', () => {
    expect(routePath('zh', { kind: 'home' })).toBe('/zh/');
    expect(routePath('en', { kind: 'section', id: 'union-reform' })).toBe('/en/union-reform/');
    expect(routePath('zh', { kind: 'story', id: 'li-junqi' })).toBe('/zh/stories/li-junqi/');
    expect(routePath('en', { kind: 'page', id: 'about' })).toBe('/en/about/');
    expect(routePath('zh', { kind: 'chart', id: 'care' })).toBe('/zh/charts/care/');
  });
});

describe('base handling', () => {
  it('normalises configured bases', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('special/striving')).toBe('/special/striving/');
    expect(normaliseBase('/special/striving//')).toBe('/special/striving/');
  });
  it('joins paths to the root base and to a sub-path base', () => {
    expect(withBase('/zh/', '/')).toBe('/zh/');
    expect(withBase('/zh/', '/special/striving/')).toBe('/special/striving/zh/');
    expect(withBase('favicon.svg', '/special/striving/')).toBe('/special/striving/favicon.svg');
  });
  it('strips the base again', () => {
    expect(withoutBase('/special/striving/en/about/', '/special/striving/')).toBe('/en/about/');
    expect(withoutBase('/en/about/', '/')).toBe('/en/about/');
  });
});

describe('langOfPath and translatePath', () => {
  it('reads the language under any base', () => {
    expect(langOfPath('/special/striving/en/about/', '/special/striving/')).toBe('en');
    expect(langOfPath('/zh/stories/x/', '/')).toBe('zh');
    expect(langOfPath('/', '/')).toBeUndefined();
  });
  it('swaps only the language segment', () => {
    expect(translatePath('/zh/stories/li-junqi/', '/', 'en')).toBe('/en/stories/li-junqi/');
    expect(translatePath('/special/striving/en/', '/special/striving/', 'zh')).toBe('/special/striving/zh/');
  });
  it('swaps to and from the 繁體 edition', () => {
    expect(translatePath('/zh/stories/li-junqi/', '/', 'zh-hant')).toBe('/zh-hant/stories/li-junqi/');
    expect(translatePath('/special/striving/zh-hant/about/', '/special/striving/', 'en')).toBe('/special/striving/en/about/');
    expect(translatePath('/zh-hant/', '/', 'zh')).toBe('/zh/');
    expect(editionOfPath('/zh-hant/about/', '/')).toBe('zh-hant');
    expect(langOfPath('/zh-hant/about/', '/')).toBeUndefined();
  });
  it('sends language-neutral pages to the language home', () => {
    expect(translatePath('/', '/', 'en')).toBe('/en/');
  });
});

describe('what the archive leaves out', () => {
  it('leaves out the charts’ long images but keeps the chart pages', async () => {
    const { isHostedOnly } = await import('../../src/site');
    expect(isHostedOnly('zh/charts/care/care-long-zh.png')).toBe(true);
    expect(isHostedOnly('zh-hant/charts/care/care-long-zh-hant.png')).toBe(true);
    expect(isHostedOnly('zh/charts/care/index.html')).toBe(false);
    expect(isHostedOnly('qr/zh/charts/care.svg')).toBe(true);
  });
});
