import { describe, expect, it } from 'vitest';
import { embedPaths, isEmbedPath, loaderPath } from '../../../src/lib/embed/urls';

describe('embed paths', () => {
  it('keeps every file of an embed under the embed folders', () => {
    const paths = embedPaths('zh', 'care');
    expect(paths).toEqual({
      page: '/zh/embed/care/',
      svg: '/zh/embed/care/care-zh.svg',
      png: '/zh/embed/care/care-zh.png',
      oembed: '/zh/embed/care/oembed.json',
      csv: '/embed/care/care.csv',
    });
    for (const path of [...Object.values(paths), loaderPath]) expect(isEmbedPath(path), path).toBe(true);
  });

  it('counts the 繁體 twins as embeds, so other sites may frame them too', () => {
    for (const path of ['/zh-hant/embed/care/', '/zh-hant/embed/care/care-zh-hant.png', '/zh-hant/embed/care/oembed.json']) {
      expect(isEmbedPath(path), path).toBe(true);
    }
  });

  it('does not count other pages as embeds', () => {
    for (const path of [
      '/',
      '/zh/',
      '/en/union-reform/',
      '/zh/charts/',
      '/zh-hant/charts/',
      '/charts.json',
      '/en/embedded/',
      '/zh/stories/embed/',
    ]) {
      expect(isEmbedPath(path), path).toBe(false);
    }
  });
});
