import { describe, expect, it } from 'vitest';
import { longImageSvg } from '../../src/lib/long-image';

describe('a chart’s long image', () => {
  const svg = longImageSvg({
    chart: {
      svg: '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="640" height="500"><text>finding</text></svg>',
      width: 640,
      height: 500,
    },
    site: '奋斗的礼赞',
    scan: '扫码查看本图表',
    url: 'https://example.org/zh/charts/care/',
    qr: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path d="M0 0h29v29H0z"/></svg>',
  });

  it('is the chart’s width, with room above for the site and below for the QR code', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640" height="764" /);
  });

  it('places the chart and the QR code inside it, without their XML declarations', () => {
    expect(svg).not.toContain('<?xml');
    expect(svg).toContain('<svg x="0" y="64" xmlns="http://www.w3.org/2000/svg" width="640" height="500"><text>finding</text></svg>');
    expect(svg).toMatch(/<svg x="24" y="592" width="152" height="152" xmlns="[^"]+" viewBox="0 0 29 29">/);
  });

  it('names the site, says what the code does and prints the address', () => {
    for (const text of ['>奋斗的礼赞<', '>扫码查看本图表<', '>https://example.org/zh/charts/care/<']) expect(svg).toContain(text);
  });
});
