import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { formatFigure, type Figure } from '../../src/lib/figures';
import { toTraditional } from '../../src/utils/traditional';
import { parseCsv } from '../../src/lib/csv';
import { distDir, readPage, root } from '../support/site';

type Edition = 'zh' | 'zh-hant' | 'en';
interface Entry {
  id: string;
  title: Record<Edition, string>;
  embed: Record<Edition, string>;
  oembed: Record<Edition, string>;
  image: Record<'svg' | 'png', Record<Edition, string>>;
  data: string;
  citation: Record<Edition, string>;
}

const specs = JSON.parse(readFileSync(join(root, 'content/charts.json'), 'utf8')) as { id: string; title: { zh: string; en: string } }[];
const ledger = new Map((JSON.parse(readFileSync(join(root, 'content/figures.json'), 'utf8')) as Figure[]).map((f) => [f.id, f]));
/** A chart title as the ledger fills its {figure} placeholders. */
const filled = (title: { zh: string; en: string } | undefined) =>
  title &&
  Object.fromEntries(
    (['zh', 'en'] as const).map((lang) => [
      lang,
      title[lang].replace(/\{([a-z0-9-]+)\}/g, (_, id: string) => {
        const figure = ledger.get(id);
        if (!figure) throw new Error(`no figure ${id}`);
        return formatFigure(figure, lang, 'text');
      }),
    ]),
  );
const catalogue = JSON.parse(readFileSync(join(distDir, 'charts.json'), 'utf8')) as Entry[];
const file = (path: string) => join(distDir, path);
const cases = catalogue.flatMap((entry) => (['zh', 'en'] as const).map((lang) => [entry.id, lang, entry] as const));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the chart catalogue (/charts.json)', () => {
  it('lists every chart once with titles from content/charts.json, and every file it names exists', () => {
    expect(catalogue.map((c) => c.id)).toEqual(specs.map((s) => s.id));
    for (const entry of catalogue) {
      expect({ zh: entry.title.zh, en: entry.title.en }).toEqual(filled(specs.find((s) => s.id === entry.id)?.title));
      expect(entry.title['zh-hant']).toBe(toTraditional(entry.title.zh));
      // The Cite control's own text (GB/T 7714 or APA 7), pointing at the chart's page.
      for (const edition of ['zh', 'zh-hant', 'en'] as const) {
        expect(entry.citation[edition]).toContain(entry.title[edition]);
        expect(entry.citation[edition]).toContain(`/${edition}/charts/${entry.id}/`);
      }
      expect(entry.embed['zh-hant']).toBe(`/zh-hant/embed/${entry.id}/`);
      for (const path of [
        ...Object.values(entry.embed),
        ...Object.values(entry.oembed),
        ...Object.values(entry.image.svg),
        ...Object.values(entry.image.png),
        entry.data,
      ]) {
        expect(existsSync(file(path.endsWith('/') ? `${path}index.html` : path)), path).toBe(true);
      }
    }
  });

  it('keeps embed pages out of the sitemap and out of search engines', () => {
    expect(readFileSync(file('sitemap.xml'), 'utf8')).not.toContain('/embed/');
    for (const entry of catalogue)
      expect(readPage(`zh/embed/${entry.id}/index.html`).querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
  });

  it('writes a _headers file', () => {
    expect(readFileSync(file('_headers'), 'utf8')).toContain('frame-ancestors *');
  });
});

describe.each(cases)('downloads of %s (%s)', (id, lang, entry) => {
  const svg = readFileSync(file(entry.image.svg[lang]), 'utf8');
  const doc = parse(svg);
  const svgEl = doc.querySelector('svg');

  it('has a standalone SVG that parses, with a <title>, inline styles and its own size', () => {
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svgEl?.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(doc.querySelector('title')?.textContent).toBe(entry.title[lang]);
    expect(doc.querySelector('style')?.textContent).toContain('Noto Sans SC');
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
    expect(svg).not.toContain('var(--');
  });

  it('has a PNG at twice the SVG size', () => {
    const png = readFileSync(file(entry.image.png[lang]));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual({ width: Number(svgEl?.getAttribute('width')) * 2, height: Number(svgEl?.getAttribute('height')) * 2 });
  });

  it('has an oEmbed file that the embed page links to', () => {
    const oembed = JSON.parse(readFileSync(file(`${entry.embed[lang]}oembed.json`), 'utf8')) as Record<string, unknown>;
    expect(oembed).toMatchObject({ type: 'rich', version: '1.0', title: entry.title[lang] });
    for (const key of ['provider_name', 'provider_url', 'html', 'thumbnail_url']) expect(typeof oembed[key], key).toBe('string');
    for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) expect(Number.isInteger(oembed[key]), key).toBe(true);
    const html = String(oembed['html']);
    expect(html).toContain(`${entry.embed[lang]}" title=`);
    expect(html).toContain(`data-striving-embed="${id}"`);
    expect(html).toMatch(/<script async src="[^"]+\/embed\/loader\.js"><\/script>/);
    // No <noscript> image: the iframe shows the whole chart without any script of the host.
    expect(html).not.toContain('<noscript');
    expect(String(oembed['thumbnail_url']).endsWith(entry.image.png[lang])).toBe(true);
    expect(oembed['thumbnail_width']).toBe(pngSize(readFileSync(file(entry.image.png[lang]))).width);
    const link = readPage(`${entry.embed[lang].slice(1)}index.html`).querySelector('link[type="application/json+oembed"]');
    expect(new URL(link?.getAttribute('href') ?? '').pathname).toBe(`${entry.embed[lang]}oembed.json`);
  });

  it.runIf(lang === 'zh')('has its data as CSV with a BOM and one row per figure, values from the ledger', () => {
    const csv = readFileSync(file(entry.data), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv);
    // The same layout as the whole ledger's figures.csv.
    expect(header).toEqual(parseCsv(readFileSync(join(distDir, 'figures.csv'), 'utf8'))[0]);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const [figureId, value] of rows) expect(ledger.get(figureId ?? '')?.value, figureId).toBe(Number(value));
  });
});
