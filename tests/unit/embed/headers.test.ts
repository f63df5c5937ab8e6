import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeHeaderPatterns, computeHeaderRules, formatHeaders } from '../../../src/lib/embed/headers';
import { headersForPath, parseHeaders } from '../../support/headers';

const built = [
  '/index.html',
  '/404.html',
  '/charts.json',
  '/_astro/a.js',
  '/zh/index.html',
  '/zh/union-reform/index.html',
  '/zh/stories/li-junqi/index.html',
  '/zh/embed/care/index.html',
  '/zh/embed/care/care-zh.png',
  '/embed/loader.js',
  '/embed/care/care.csv',
  '/en/index.html',
  '/en/about/index.html',
];
const frame = (rules: ReturnType<typeof parseHeaders>, path: string) => headersForPath(rules, path).get('content-security-policy');

describe('security headers', () => {
  it('splits only the folders that hold embeds, so no path matches two patterns', () => {
    expect(computeHeaderPatterns(built)).toEqual({
      site: [
        '/404.html',
        '/charts.json',
        '/',
        '/index.html',
        '/_astro/*',
        '/en/*',
        '/zh/',
        '/zh/index.html',
        '/zh/stories/*',
        '/zh/union-reform/*',
      ],
      embed: ['/embed/*', '/zh/embed/*'],
    });
  });

  it('lets anyone frame an embed and only the site frame everything else', () => {
    const rules = parseHeaders(formatHeaders(computeHeaderRules(built, '/')));
    expect(frame(rules, '/zh/embed/care/')).toEqual(['frame-ancestors *']);
    expect(headersForPath(rules, '/zh/embed/care/').get('x-frame-options')).toBeUndefined();
    expect(frame(rules, '/zh/union-reform/')).toEqual(["frame-ancestors 'self'"]);
    expect(headersForPath(rules, '/zh/').get('x-frame-options')).toEqual(['SAMEORIGIN']);
    // An unknown path (a 404) included: the catch-all rule gives it these two.
    for (const path of ['/', '/zh/embed/care/', '/embed/loader.js', '/en/about/', '/en/no-such-page/']) {
      expect(headersForPath(rules, path).get('x-content-type-options'), path).toEqual(['nosniff']);
      expect(headersForPath(rules, path).get('referrer-policy'), path).toHaveLength(1);
    }
  });

  it('covers a page requested as …/index.html like its folder URL, and unknown paths inside a folder', () => {
    const rules = parseHeaders(formatHeaders(computeHeaderRules(built, '/')));
    for (const path of [
      '/index.html',
      '/zh/index.html',
      '/en/index.html',
      '/zh/union-reform/index.html',
      '/zh/stories/no-such-story/',
      '/en/no-such-page/',
    ]) {
      expect(frame(rules, path), path).toEqual(["frame-ancestors 'self'"]);
      expect(headersForPath(rules, path).get('x-frame-options'), path).toEqual(['SAMEORIGIN']);
    }
  });

  it('lets browsers keep the content-hashed /_astro/ files for a year, and nothing else', () => {
    const rules = parseHeaders(formatHeaders(computeHeaderRules(built, '/')));
    expect(headersForPath(rules, '/_astro/a.js').get('cache-control')).toEqual(['public, max-age=31536000, immutable']);
    for (const path of ['/', '/zh/', '/zh/embed/care/', '/embed/loader.js', '/charts.json'])
      expect(headersForPath(rules, path).get('cache-control'), path).toBeUndefined();
  });

  it('prefixes every pattern with the base path', () => {
    const rules = computeHeaderRules(built, '/special/striving/');
    expect(rules.every((r) => r.pattern.startsWith('/special/striving/'))).toBe(true);
    expect(frame(rules, '/special/striving/zh/embed/care/')).toEqual(['frame-ancestors *']);
  });

  const file = join(import.meta.dirname, '..', '..', '..', process.env.OUT_DIR ?? 'dist', '_headers');
  it.runIf(existsSync(file))('the built _headers file frames a normal page and an embed page correctly', () => {
    const rules = parseHeaders(readFileSync(file, 'utf8'));
    expect(frame(rules, '/zh/union-reform/')).toEqual(["frame-ancestors 'self'"]);
    expect(headersForPath(rules, '/en/stories/li-junqi/').get('x-frame-options')).toEqual(['SAMEORIGIN']);
    for (const path of ['/en/embed/organising/', '/zh-hant/embed/organising/', '/zh-hant/embed/organising/oembed.json']) {
      expect(frame(rules, path), path).toEqual(['frame-ancestors *']);
      expect(headersForPath(rules, path).get('x-frame-options'), path).toBeUndefined();
    }
    expect(headersForPath(rules, '/en/embed/organising/').get('x-content-type-options')).toEqual(['nosniff']);
  });
});
