import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

// Resolved from the project, not from the bundled chunk, so the build finds the fonts wherever Astro writes its output.
const require = createRequire(join(process.cwd(), 'package.json'));
const fontFiles = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf']
  .map((file) => require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`));

/**
 * Rasterises a standalone chart SVG at twice its size. Only the bundled Noto Sans SC is used,
 * never system fonts, so Chinese renders the same on a fresh build machine as on a laptop.
 */
export function renderPng(svg: string): ArrayBuffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC', sansSerifFamily: 'Noto Sans SC' },
  });
  const png = resvg.render().asPng();
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}
