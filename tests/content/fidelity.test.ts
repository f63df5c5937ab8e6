import { describe, expect, it } from 'vitest';
import { articlePages, articleText, readPage, source, squash } from '../support/site';

/** The article cut into sentences (at 。！？ and line ends), each to be found verbatim. */
function sourceSentences(): string[] {
  return source
    .split('\n')
    .flatMap((line) => line.split(/(?<=[。！？])(?!”)/))
    .map(squash)
    .filter((s) => s.length > 0);
}

describe('the Chinese pages carry the source verbatim', () => {
  const zhText = articlePages('zh')
    .map((file) => squash(articleText(readPage(`zh/${file}`))))
    .join('\n');
  const sentences = sourceSentences();

  it('has sentences to check', () => {
    expect(sentences.length).toBeGreaterThan(100);
  });

  it('contains every sentence of the source', () => {
    const missing = sentences.filter((s) => !zhText.includes(s));
    console.log(`fidelity: ${sentences.length - missing.length}/${sentences.length} source sentences found on the Chinese pages`);
    expect(missing).toEqual([]);
  });

  it('shows the byline and the 数说 box heading', () => {
    const intro = readPage('zh/introduction/index.html').querySelector('main')?.textContent ?? '';
    expect(intro).toContain('山东省总工会');
    expect(intro).toContain('□刘磊 冯路');
    expect(intro).toContain('数说');
  });
});
