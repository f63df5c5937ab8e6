import { describe, expect, it } from 'vitest';
import {
  defaultEmbedOptions,
  embedCodeFor,
  embedQuery,
  embedUrl,
  parseEmbedQuery,
  type EmbedPanelData,
} from '../../../src/lib/embed/options';

const panel: EmbedPanelData = {
  id: 'care',
  loaderUrl: 'https://news.example.com/embed/loader.js',
  editions: {
    zh: { pageUrl: 'https://news.example.com/zh/embed/care/', title: '帮扶', height: 900 },
    'zh-hant': { pageUrl: 'https://news.example.com/zh-hant/embed/care/', title: '幫扶', height: 900 },
    en: { pageUrl: 'https://news.example.com/en/embed/care/', title: 'Care & help', height: 1000 },
  },
};

describe('embed options', () => {
  it('leave the address alone at their defaults', () => {
    expect(embedQuery(defaultEmbedOptions('en'))).toBe('');
    expect(embedUrl(panel.editions, defaultEmbedOptions('zh'))).toBe('https://news.example.com/zh/embed/care/');
  });

  it('write each option that is set, in one order', () => {
    const all = { ...defaultEmbedOptions('en'), theme: 'dark' as const, transparent: true, plain: true, step: 3 };
    expect(embedQuery(all)).toBe('?theme=dark&transparent=1&plain=1&step=3');
    expect(embedQuery({ ...all, still: true })).toBe('?theme=dark&transparent=1&plain=1&static=1');
    expect(embedQuery({ ...defaultEmbedOptions('en'), theme: 'light' })).toBe('?theme=light');
  });

  it('read back what they wrote', () => {
    const set = { theme: 'light' as const, transparent: true, plain: false, still: false, step: 2 };
    expect(parseEmbedQuery(embedQuery(set))).toEqual(set);
    const still = { theme: 'auto' as const, transparent: false, plain: true, still: true, step: 1 };
    expect(parseEmbedQuery(embedQuery(still))).toEqual(still);
  });

  it('treat anything unknown as the default', () => {
    expect(parseEmbedQuery('?theme=purple&transparent=yes&step=-2&static=true')).toEqual({
      theme: 'auto',
      transparent: false,
      plain: false,
      still: false,
      step: 1,
    });
  });

  it('make the code for the chosen edition, with its title and height, escaped', () => {
    const code = embedCodeFor(panel, { ...defaultEmbedOptions('en'), theme: 'dark', step: 2 });
    expect(code).toContain('<iframe src="https://news.example.com/en/embed/care/?theme=dark&amp;step=2"');
    expect(code).toContain('title="Care &amp; help"');
    expect(code).toContain('height="1000"');
    expect(code).toContain('<script async src="https://news.example.com/embed/loader.js"></script>');
    const hant = embedCodeFor(panel, defaultEmbedOptions('zh-hant'));
    expect(hant).toContain('src="https://news.example.com/zh-hant/embed/care/"');
    expect(hant).toContain('title="幫扶"');
  });
});
