import { describe, expect, it } from 'vitest';
import { langPages, readPage, squash } from '../support/site';

/** Every Chinese page of the build. */
const pages = langPages('zh').map((file) => ({ file, page: readPage(`zh/${file}`) }));

describe('the Chinese edition, as a Chinese desk sets it', () => {
  it('attributes a pull quote with the two-em dash ——, never a single —', () => {
    const captions = pages.flatMap(({ file, page }) =>
      page.querySelectorAll('.pull-quote figcaption').map((c) => ({ file, text: squash(c.textContent) })),
    );
    console.log(`pull-quote attributions on the Chinese pages: ${captions.length}`);
    expect(captions.length).toBeGreaterThan(0);
    expect(captions.filter((c) => !/^——[^—\s]/.test(c.text)).map((c) => `${c.file}: ${c.text}`)).toEqual([]);
  });

  it('binds each arrow to its words, so → ← ↩ never stand alone on a line', () => {
    const loose = pages.flatMap(({ file, page }) =>
      [...(page.querySelector('body')?.textContent ?? '').matchAll(/.{0,20}(?:[ \t\n]+[→↩]|←[ \t\n]+).{0,20}/g)].map(
        (m) => `${file}: ${m[0]}`,
      ),
    );
    expect(loose).toEqual([]);
  });
});
