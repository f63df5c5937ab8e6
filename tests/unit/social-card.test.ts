import { describe, expect, it } from 'vitest';
import { cardPath, socialCardSvg } from '../../src/lib/social-card';

describe('social cards', () => {
  it('are 1200×630 with the title wrapped to at most three lines', () => {
    const svg = socialCardSvg({
      lang: 'en',
      site: 'In Praise of Striving',
      title: 'A very long title '.repeat(12),
      footer: 'Shandong',
      url: 'https://x.example/en/',
    });
    expect(svg).toContain('width="1200" height="630"');
    expect(svg.match(/class="title"/g)).toHaveLength(3);
  });
  it('live at a path made from the page’s path', () => {
    expect(cardPath('/zh/')).toBe('/og/zh/home.png');
    expect(cardPath('/en/stories/li-junqi/')).toBe('/og/en/stories/li-junqi.png');
    expect(cardPath('/')).toBe('/og/index.png');
  });
});
