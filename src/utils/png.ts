import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { fontCodePoints } from '../lib/font-cmap';
import { contentDir } from './content-index';
import { toTraditional } from './traditional';

// Resolved from the project, not from the bundled chunk, so the build finds the fonts wherever Astro writes its output.
const require = createRequire(join(process.cwd(), 'package.json'));
const fontFiles = [
  'noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  // The 繁體 edition's images, in traditional glyph shapes (src/lib/traditional/svg.ts names it).
  'noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf',
  'noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf',
  'noto-sans/400Regular/NotoSans_400Regular.ttf',
  'noto-sans/700Bold/NotoSans_700Bold.ttf',
].map((file) => require.resolve(`@expo-google-fonts/${file}`));

/** Every character the images can print: the content's and the UI strings' (in both scripts), printable ASCII and common punctuation. */
function charset(): Set<string> {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(mdx|json|txt)$/.test(entry.name)) texts.push(readFileSync(path, 'utf8'));
    }
  };
  walk(contentDir());
  walk(join(process.cwd(), 'src', 'i18n'));
  const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
  return new Set([...texts.join(''), ...toTraditional(texts.join('')), ...ascii, ...'·–—‘’“”…，。、：；（）《》！？%×→←↩ ']);
}

/**
 * The six fonts cut down to the characters the site prints, once per build, written to
 * files named by a hash of font and characters. The full Noto Sans SC files are 21 MB and
 * each render reads its fonts afresh; resvg is also far slower with fonts handed over as
 * buffers than as files. Subset files make a chart PNG about ten times faster to draw.
 */
let fonts: Promise<{ files: string[]; drawable: Set<number> }> | undefined;
function subsetFonts() {
  fonts ??= (async () => {
    const chars = charset();
    const text = [...chars].sort().join('');
    const dir = join(process.cwd(), 'node_modules', '.cache', 'striving-fonts');
    mkdirSync(dir, { recursive: true });
    const files = await Promise.all(
      fontFiles.map(async (file) => {
        const font = readFileSync(file);
        const name = createHash('sha256').update(font).update(text).digest('hex').slice(0, 16);
        const path = join(dir, `${name}.ttf`);
        const subset = await subsetFont(font, text, { targetFormat: 'truetype' });
        writeFileSync(path, subset);
        return { path, points: fontCodePoints(subset) };
      }),
    );
    // What the subset fonts can draw: the site's characters that one of the fonts has a glyph for.
    return { files: files.map((f) => f.path), drawable: new Set(files.flatMap((f) => [...f.points])) };
  })();
  return fonts;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** The characters an SVG draws as text. */
function drawnText(svg: string): string {
  const inText = [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '')).join('');
  return inText.replace(/&(#x?[0-9a-f]+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name] ?? whole;
  });
}

const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Rasterises a standalone SVG (a chart or a social card) at `zoom` times its size. Only the
 * bundled Noto Sans (Latin) and Noto Sans SC are used, never system fonts, so Chinese renders
 * the same on a fresh build machine as on a laptop. A character the fonts have no glyph for
 * (an emoji in a title) fails the build, naming the image, the character and the text around
 * it, rather than printing as a blank gap.
 * @param image the file being drawn, for the message
 */
export async function renderPng(svg: string, image: string, zoom = 2): Promise<ArrayBuffer> {
  const { files, drawable } = await subsetFonts();
  const drawn = drawnText(svg);
  const missing = [...new Set(drawn)].filter((c) => !drawable.has(c.codePointAt(0) ?? 0) && c.trim() !== '');
  if (missing.length) {
    const first = drawn.indexOf(missing[0] ?? '');
    throw new Error(
      `${image}: the bundled fonts have no glyph for ${missing.map((c) => `"${c}" (${codePoint(c)})`).join(', ')} in the text "…${drawn.slice(Math.max(0, first - 20), first + 20)}…"; remove it from the content`,
    );
  }
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC', sansSerifFamily: 'Noto Sans SC' },
  });
  const png = resvg.render().asPng();
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}
