import { describe, expect, it } from 'vitest';
import { langPages, readPage, source, squash } from '../support/site';

const lines = source.split('\n');

describe('paragraph anchors', () => {
  it('name the source line each Chinese paragraph reproduces: id="pN" holds line N', () => {
    const wrong: string[] = [];
    let checked = 0;
    // Every Chinese page: sections, stories, the full edition, the parallel views.
    for (const file of langPages('zh')) {
      const page = readPage(`zh/${file}`);
      for (const el of page.querySelectorAll('[data-para][id^=p]')) {
        const line = Number(/^p(\d+)(?:-\d+)?$/.exec(el.id)?.[1]);
        if (!line) continue;
        // The reading text, without what the site adds (note markers, language switches).
        for (const added of el.querySelectorAll('[data-editorial]')) added.remove();
        const text = squash(el.textContent);
        const expected = squash(lines[line - 1] ?? '');
        checked += 1;
        if (!expected || !text.startsWith(expected))
          wrong.push(`zh/${file}#${el.id}: “${text.slice(0, 20)}” is not line ${line} “${expected.slice(0, 20)}”`);
      }
    }
    console.log(`anchors: ${checked} Chinese paragraphs checked against their source lines`);
    expect(checked).toBeGreaterThan(120);
    expect(wrong).toEqual([]);
  });
});
