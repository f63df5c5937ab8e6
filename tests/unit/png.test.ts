import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
let dir = '';

// A copy of the content with an emoji in a story title: the character is in the content, so a
// check against the content's own characters would pass it, and the social card would print a gap.
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'striving-png-'));
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  const story = join(dir, 'content/stories/en/li-junqi.mdx');
  writeFileSync(story, readFileSync(story, 'utf8').replace(/^title: "?/m, 'title: "😀 '));
  process.env['CONTENT_DIR'] = join(dir, 'content');
});
afterAll(() => {
  delete process.env['CONTENT_DIR'];
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('renderPng', () => {
  it('draws text the bundled fonts have, and refuses a character they lack, naming the image and the code point', async () => {
    const { renderPng } = await import('../../src/utils/png');
    const ok = await renderPng(
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><text y="20">工会 4.894 million</text></svg>',
      'ok.png',
      1,
    );
    expect(new Uint8Array(ok).slice(1, 4)).toEqual(new Uint8Array([0x50, 0x4e, 0x47])); // "PNG"
    await expect(
      renderPng(
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><text y="20">😀 Li Junqi</text></svg>',
        'og/en/stories/li-junqi.png',
        1,
      ),
    ).rejects.toThrow(/og\/en\/stories\/li-junqi\.png: the bundled fonts have no glyph for "😀" \(U\+1F600\)/);
  });
});
