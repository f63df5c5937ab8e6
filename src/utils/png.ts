import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

// Resolved from the project, not from the bundled chunk, so the build finds the fonts wherever Astro writes its output.
const require = createRequire(join(process.cwd(), 'package.json'));
const fontFiles = [
  'noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  'noto-sans/400Regular/NotoSans_400Regular.ttf',
  'noto-sans/700Bold/NotoSans_700Bold.ttf',
].map((file) => require.resolve(`@expo-google-fonts/${file}`));

/**
 * Rasterises a standalone chart SVG at twice its size. Only the bundled Noto Sans (Latin) and
 * Noto Sans SC are used, never system fonts, so Chinese renders the same on a fresh build
 * machine as on a laptop.
 */
export function renderPng(svg: string, zoom = 2): ArrayBuffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC', sansSerifFamily: 'Noto Sans SC' },
  });
  const png = resvg.render().asPng();
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}
