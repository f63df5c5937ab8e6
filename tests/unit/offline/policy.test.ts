import { describe, expect, it } from 'vitest';
import {
  cacheNames,
  classify,
  isKeepable,
  matchesIgnoringQuery,
  ownCaches,
  staleCaches,
  supersededSaves,
} from '../../../src/lib/offline/policy';

describe('the offline cache policy', () => {
  const base = '/';
  const { run, saved } = cacheNames(base, 'b2');

  it('deletes earlier builds but the latest and first-version caches of its own base path, never saved reports or other editions', () => {
    const other = cacheNames('/special/', 'b1');
    const keys = [
      cacheNames(base, 'b0').run,
      cacheNames(base, 'b1').run,
      run,
      saved('zh'),
      cacheNames(base, 'b1').saved('en'),
      other.run,
      'striving-0.1.0-abc',
      'someone-else',
    ];
    // b1, the build before this one, stays for the tabs still open on it.
    expect(staleCaches(keys, base, 'b2')).toEqual([cacheNames(base, 'b0').run, 'striving-0.1.0-abc']);
    expect(staleCaches([cacheNames(base, 'b1').run, run], base, 'b2')).toEqual([]);
  });

  it('replaces a language’s earlier saves only, once a newer save is complete', () => {
    const older = cacheNames(base, 'b1').saved('zh');
    expect(supersededSaves([older, saved('zh'), saved('en'), run], base, 'zh', saved('zh'))).toEqual([older]);
  });

  it('looks in this build’s cache first, then the saved reports of this base path', () => {
    const older = cacheNames(base, 'b1').saved('zh');
    expect(ownCaches([older, cacheNames('/x/', 'b2').run, run], base, 'b2')).toEqual([run, older]);
  });

  it('answers pages from the network first and hashed files from the cache', () => {
    expect(classify('/zh/union-reform/', base, 'navigate', '')).toBe('page');
    expect(classify('/zh/search/index.html', base, 'cors', '*/*')).toBe('page');
    expect(classify('/_astro/scrolly.abc.js', base, 'cors', '*/*')).toBe('immutable');
    expect(classify('/pagefind/fragment/zh_1.pf_fragment', base, 'cors', '*/*')).toBe('immutable');
    expect(classify('/pagefind/pagefind.js', base, 'cors', '*/*')).toBe('runtime');
    expect(classify('/special/_astro/a.js', '/special/', 'cors', '*/*')).toBe('immutable');
  });

  it('lets a saved page or Pagefind file answer a URL with another query', () => {
    expect(matchesIgnoringQuery('/zh/search/', base)).toBe(true);
    expect(matchesIgnoringQuery('/pagefind/pagefind-entry.json', base)).toBe(true);
    expect(matchesIgnoringQuery('/embed/organising/organising.csv', base)).toBe(false);
  });

  it('never keeps a captive portal’s HTML in place of a script, nor a page without the site’s marker', () => {
    const ok = { status: 200, type: 'basic', redirected: false, contentType: 'text/html; charset=utf-8' };
    expect(isKeepable(ok, 'page', true)).toBe(true);
    expect(isKeepable(ok, 'page', false)).toBe(false);
    expect(isKeepable(ok, 'asset', true)).toBe(false);
    expect(isKeepable({ ...ok, contentType: 'text/javascript' }, 'immutable', false)).toBe(true);
    expect(isKeepable({ ...ok, redirected: true }, 'page', true)).toBe(false);
    expect(isKeepable({ ...ok, status: 404 }, 'page', true)).toBe(false);
    expect(isKeepable({ ...ok, type: 'opaque' }, 'immutable', false)).toBe(false);
  });
});

describe('a bad network against a saved copy', () => {
  it('serves the network when it gave the real file or there is no copy; otherwise a copy answers a 5xx, and a portal for anything but a page', async () => {
    const { servesNetwork } = await import('../../../src/lib/offline/policy');
    const real = { status: 200, real: true };
    const upstream = { status: 503, real: false };
    const portal = { status: 200, real: false };
    for (const kind of ['page', 'asset', 'runtime', 'immutable'] as const) {
      expect(servesNetwork(kind, real, true), kind).toBe(true);
      expect(servesNetwork(kind, upstream, true), kind).toBe(false);
      expect(servesNetwork(kind, upstream, false), kind).toBe(true);
    }
    expect(servesNetwork('page', portal, true)).toBe(true);
    expect(servesNetwork('asset', portal, true)).toBe(false);
    expect(servesNetwork('runtime', portal, true)).toBe(false);
  });

  it('answers Pagefind’s code from a copy first, and refreshes it behind', async () => {
    const { classify } = await import('../../../src/lib/offline/policy');
    for (const path of [
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/wasm.zh.pagefind',
      '/pagefind/pagefind-entry.json',
    ])
      expect(classify(path, '/', 'cors', '*/*'), path).toBe('runtime');
    expect(classify('/special/pagefind/pagefind.js', '/special/', 'cors', '*/*')).toBe('runtime');
    expect(classify('/figures.csv', '/', 'cors', '*/*')).toBe('asset');
  });
});

describe('what the run cache keeps', () => {
  it('keeps pages and Pagefind once, whatever the query', async () => {
    const { storageUrl } = await import('../../../src/lib/offline/policy');
    expect(storageUrl('https://x.org/en/search/?q=union', '/')).toBe('https://x.org/en/search/');
    expect(storageUrl('https://x.org/en/?utm_source=newsletter&fbclid=abc', '/')).toBe('https://x.org/en/');
    expect(storageUrl('https://x.org/pagefind/pagefind-entry.json?ts=1796619', '/')).toBe('https://x.org/pagefind/pagefind-entry.json');
    expect(storageUrl('https://x.org/embed/care/care.csv?v=2', '/')).toBe('https://x.org/embed/care/care.csv?v=2');
  });
});

describe('a failed save', () => {
  it('says storage is full only when it was', async () => {
    const { saveFailure } = await import('../../../src/lib/offline/policy');
    expect(saveFailure(['TypeError', 'QuotaExceededError'])).toBe('full');
    expect(saveFailure(['TypeError'])).toBe('failed');
    expect(saveFailure([])).toBe('failed');
  });
});
