import { describe, expect, it } from 'vitest';
import { computeOfflineFiles } from '../../src/lib/offline-files';

const files = [
  '404.html', '_astro/a.css', 'downloads/striving-0.1.0.zip', 'en/index.html', 'en/stories/x/index.html',
  'favicon.svg', 'figures.csv', 'icon-192.png', 'index.html', 'manifest.webmanifest', 'pagefind/pagefind.js',
  'sitemap.xml', 'sw.js', 'zh/about/index.html', 'zh/index.html',
];

describe('computeOfflineFiles', () => {
  it('lists each language’s pages by folder URL under the base', () => {
    const list = computeOfflineFiles(files, '/special/');
    expect(list.zh).toEqual(['/special/zh/about/', '/special/zh/']);
    expect(list.en).toEqual(['/special/en/', '/special/en/stories/x/']);
  });

  it('shares the assets and the landing page, and keeps the zip, sitemap and worker out', () => {
    const list = computeOfflineFiles(files, '/');
    expect(list.assets).toEqual(['/404.html', '/_astro/a.css', '/favicon.svg', '/figures.csv', '/icon-192.png', '/', '/manifest.webmanifest']);
    expect(list.pagefind).toEqual(['/pagefind/pagefind.js']);
  });
});
