import { describe, expect, it } from 'vitest';
import { createOEmbed, estimateEmbedHeight, formatEmbedCode, type EmbedCodeInput } from '../../../src/lib/embed/embed-code';

const input: EmbedCodeInput = {
  id: 'care',
  title: 'Care & “warmth”',
  pageUrl: 'https://news.example.com/en/embed/care/',
  loaderUrl: 'https://news.example.com/embed/loader.js',
  pngUrl: 'https://news.example.com/en/embed/care/care-en.png',
  storyUrl: 'https://news.example.com/en/rights-and-services/#chart-care',
  height: 700,
  png: { width: 1280, height: 900 },
};

describe('the embed code', () => {
  it('pastes a sized, sandboxed iframe and the loader, and no second copy of the chart as an image', () => {
    const code = formatEmbedCode(input);
    expect(code).toContain('<iframe src="https://news.example.com/en/embed/care/" title="Care &amp; “warmth”" data-striving-embed="care"');
    expect(code).toContain('height="700"');
    expect(code).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
    expect(code).not.toContain('allow-top-navigation');
    expect(code).toContain('<script async src="https://news.example.com/embed/loader.js"></script>');
    expect(code).not.toContain('<noscript>');
    expect(code).not.toContain('<img');
  });

  it('gives oEmbed 1.0 rich fields with the PNG as thumbnail', () => {
    const oembed = createOEmbed({
      ...input,
      providerName: 'In Praise of Striving',
      providerUrl: 'https://news.example.com/en/',
      width: 640,
    });
    expect(oembed).toMatchObject({
      type: 'rich',
      version: '1.0',
      width: 640,
      height: 700,
      thumbnail_width: 1280,
      thumbnail_height: 900,
      provider_name: 'In Praise of Striving',
    });
    expect(oembed.html).toBe(formatEmbedCode(input));
  });
});

describe('the fixed embed height', () => {
  const base = { chartHeight: 300, title: 'A title', stepTexts: ['One step.'], notes: [], width: 256 };

  it('grows with the chart, the longest step and the notes', () => {
    const h = estimateEmbedHeight(base);
    expect(h).toBeGreaterThan(300);
    expect(estimateEmbedHeight({ ...base, chartHeight: 400 })).toBeGreaterThanOrEqual(h + 100);
    expect(estimateEmbedHeight({ ...base, stepTexts: ['One step.', 'A much longer step '.repeat(10)] })).toBeGreaterThan(h);
    expect(estimateEmbedHeight({ ...base, notes: ['A note.'] })).toBeGreaterThan(h);
    expect(estimateEmbedHeight({ ...base, keys: ['Each square stands for 10,000 members'] })).toBeGreaterThan(h);
  });

  it('rounds up to ten pixels', () => {
    expect(estimateEmbedHeight(base) % 10).toBe(0);
  });
});
