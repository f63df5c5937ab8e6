import { describe, expect, it } from 'vitest';
import { computeOfflineFiles } from '../../../src/lib/offline/files';

const files = [
  '404.html',
  '_astro/a.css',
  'downloads/striving-0.1.0.zip',
  'en/index.html',
  'en/stories/x/index.html',
  'en/embed/care/index.html',
  'favicon.svg',
  'figures.csv',
  'icon-192.png',
  'index.html',
  'manifest.webmanifest',
  'sitemap.xml',
  'sw.js',
  'zh/about/index.html',
  'zh/index.html',
  'zh-hant/index.html',
  'zh-hant/embed/care/index.html',
  'zh-hant/search-chars.json',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-modular-ui.css',
  'pagefind/wasm.unknown.pagefind',
  'pagefind/wasm.en.pagefind',
  'pagefind/pagefind.en_b72f.pf_meta',
  'pagefind/pagefind.zh-cn_80b5.pf_meta',
  'pagefind/index/en_499d.pf_index',
  'pagefind/index/zh-cn_5432.pf_index',
  'pagefind/fragment/en_1.pf_fragment',
  'pagefind/fragment/zh-cn_2.pf_fragment',
  'pagefind/pagefind.zh-hant_9a1c.pf_meta',
  'pagefind/index/zh-hant_77aa.pf_index',
];

describe('computeOfflineFiles', () => {
  it('lists each edition’s pages by folder URL under the base, without the embeds', () => {
    const list = computeOfflineFiles(files, '/special/');
    expect(list.zh).toEqual(['/special/zh/about/', '/special/zh/']);
    expect(list.en).toEqual(['/special/en/', '/special/en/stories/x/']);
    expect(list['zh-hant']).toEqual(['/special/zh-hant/']);
  });

  it('shares the assets and the landing page, and keeps the zip, sitemap, manifest and worker out', () => {
    const list = computeOfflineFiles(files, '/');
    expect(list.assets).toEqual(['/404.html', '/_astro/a.css', '/favicon.svg', '/figures.csv', '/icon-192.png', '/']);
  });

  it('saves only the Pagefind files a language’s search uses, never the UI bundles', () => {
    const { pagefind } = computeOfflineFiles(files, '/');
    expect(pagefind.zh).toEqual([
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.unknown.pagefind',
      '/pagefind/pagefind.zh-cn_80b5.pf_meta',
      '/pagefind/index/zh-cn_5432.pf_index',
      '/pagefind/fragment/zh-cn_2.pf_fragment',
    ]);
    expect(pagefind.en).toEqual([
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.unknown.pagefind',
      '/pagefind/wasm.en.pagefind',
      '/pagefind/pagefind.en_b72f.pf_meta',
      '/pagefind/index/en_499d.pf_index',
      '/pagefind/fragment/en_1.pf_fragment',
    ]);
    expect(pagefind['zh-hant']).toEqual([
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.unknown.pagefind',
      '/pagefind/pagefind.zh-hant_9a1c.pf_meta',
      '/pagefind/index/zh-hant_77aa.pf_index',
      '/zh-hant/search-chars.json',
    ]);
  });
});
