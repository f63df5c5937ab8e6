import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js/cn2t';
import { hantPage, hantUrls } from '../../../src/lib/traditional/page';
import { hantSvg } from '../../../src/lib/traditional/svg';

const convert = Converter({ from: 'cn', to: 'tw' });
const page = (html: string, base = '/') => hantPage(html, { convert, base });

describe('hantPage', () => {
  it('converts text, attribute values and data blocks, and says zh-Hant', () => {
    const out = page(
      '<html lang="zh-CN"><head><title>工会</title><meta property="og:locale" content="zh_CN"><script type="application/ld+json">{"inLanguage":"zh-CN","headline":"劳动"}</script></head>' +
        '<body><p title="会员" aria-label="发展">发展工会会员</p><script type="application/json" data-chart-model>{"title":"万人"}</script></body></html>',
    );
    expect(out).toContain('<html lang="zh-Hant">');
    expect(out).toContain('<title>工會</title>');
    expect(out).toContain('content="zh_TW"');
    expect(out).toContain('{"inLanguage":"zh-Hant","headline":"勞動"}');
    expect(out).toContain('<p title="會員" aria-label="發展">發展工會會員</p>');
    expect(out).toContain('{"title":"萬人"}');
  });
  it('leaves executable scripts, styles and comments byte for byte (their CSP hashes hold)', () => {
    const script = '<script type="module">const s="会员";</script>';
    const style = '<style>.a::after{content:"会"}</style>';
    const comment = '<!-- 会员 -->';
    const out = page(`<p>会员</p>${script}${style}${comment}`);
    expect(out).toBe(`<p>會員</p>${script}${style}${comment}`);
  });
  it('points links at the 繁體 twin, under any base path, the social card and downloads too', () => {
    expect(page('<a href="/zh/about/">关于</a><a href="/en/about/">About</a><a href="/figures.csv">CSV</a>')).toBe(
      '<a href="/zh-hant/about/">關於</a><a href="/en/about/">About</a><a href="/figures.csv">CSV</a>',
    );
    expect(page('<a href="/s/zh/x/">x</a><a href="/zh/x/">y</a>', '/s/')).toBe('<a href="/s/zh-hant/x/">x</a><a href="/zh/x/">y</a>');
    expect(hantUrls('https://a.example/og/zh/home.png https://a.example/zh/embed/care/care-zh.png', '/')).toBe(
      'https://a.example/og/zh-hant/home.png https://a.example/zh-hant/embed/care/care-zh-hant.png',
    );
    expect(hantUrls('/zh/charts/care/care-long-zh.png', '/')).toBe('/zh-hant/charts/care/care-long-zh-hant.png');
  });
  it('keeps the edition links as they are, keeps the 简 label in its script, and moves aria-current to 繁', () => {
    const out = page(
      '<nav><a href="/zh/x/" lang="zh-CN" aria-current="page" data-edition-link="zh" data-keep-script>简</a>' +
        '<a href="/zh-hant/x/" lang="zh-Hant" data-edition-link="zh-hant" data-keep-script>繁</a>' +
        '<a href="/en/x/" lang="en" data-edition-link="en" data-keep-script>EN</a></nav>' +
        '<link rel="alternate" hreflang="zh-CN" href="/zh/x/" data-edition-link="zh">',
    );
    expect(out).toBe(
      '<nav><a href="/zh/x/" lang="zh-CN" data-edition-link="zh" data-keep-script>简</a>' +
        '<a aria-current="page" href="/zh-hant/x/" lang="zh-Hant" data-edition-link="zh-hant" data-keep-script>繁</a>' +
        '<a href="/en/x/" lang="en" data-edition-link="en" data-keep-script>EN</a></nav>' +
        '<link rel="alternate" hreflang="zh-CN" href="/zh/x/" data-edition-link="zh">',
    );
  });
  it('shows what only the 繁體 page shows, and converts the rest of a tag', () => {
    expect(page('<p class="n" data-hant-only hidden>本页<a href="/zh/x/" data-edition-link="zh">简体原文</a></p>')).toBe(
      '<p class="n">本頁<a href="/zh/x/" data-edition-link="zh">簡體原文</a></p>',
    );
    expect(page('<a href="/zh/x/" hreflang="zh-CN" lang="zh-CN">中文页</a>')).toBe(
      '<a href="/zh-hant/x/" hreflang="zh-Hant" lang="zh-Hant">中文頁</a>',
    );
  });
  it('reads a start tag whose quoted value holds ">"', () => {
    expect(page('<span data-t="a > b 会">会</span>')).toBe('<span data-t="a > b 會">會</span>');
  });
});

describe('hantSvg', () => {
  it('converts the text and draws it in the traditional faces', () => {
    const svg = `<svg><style>text{font-family:'Noto Sans SC','PingFang SC',sans-serif}</style><text>会员 /zh/x/</text></svg>`;
    expect(hantSvg(svg, convert, '/')).toBe(
      `<svg><style>text{font-family:'Noto Sans TC','PingFang TC',sans-serif}</style><text>會員 /zh-hant/x/</text></svg>`,
    );
  });
});
