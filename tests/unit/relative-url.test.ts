import { describe, expect, it } from 'vitest';
import { toArchiveUrl } from '../../src/lib/relative-url';

describe('toArchiveUrl', () => {
  it('links a folder URL to its index.html relative to the current page', () => {
    expect(toArchiveUrl('/zh/union-reform/', 'zh/about/index.html')).toBe('../union-reform/index.html');
    expect(toArchiveUrl('/en/stories/li-junqi/', 'zh/index.html')).toBe('../en/stories/li-junqi/index.html');
  });

  it('links the landing page and assets from any depth', () => {
    expect(toArchiveUrl('/', 'zh/stories/zhang-jun/index.html')).toBe('../../../index.html');
    expect(toArchiveUrl('/zh/', 'index.html')).toBe('zh/index.html');
    expect(toArchiveUrl('/_astro/a.css', 'zh/index.html')).toBe('../_astro/a.css');
    expect(toArchiveUrl('/figures.csv', 'en/numbers/index.html')).toBe('../../figures.csv');
  });

  it('keeps the fragment and query, and a link to the page itself', () => {
    expect(toArchiveUrl('/zh/union-reform/#chart-x', 'zh/numbers/index.html')).toBe('../union-reform/index.html#chart-x');
    expect(toArchiveUrl('/zh/about/?q=1', 'zh/about/index.html')).toBe('index.html?q=1');
  });

  it('leaves other URLs alone', () => {
    for (const url of ['https://example.com/', '#main', 'mailto:a@b.c', '../x.html', '//cdn.example/x.js']) {
      expect(toArchiveUrl(url, 'zh/index.html')).toBe(url);
    }
  });
});
