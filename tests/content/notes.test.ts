import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/lib/figures';
import { htmlFiles, readPage, root } from '../support/site';

const ledger = JSON.parse(readFileSync(join(root, 'content', 'figures.json'), 'utf8')) as Pick<Figure, 'id' | 'conflictsWith'>[];
const twins = new Map(ledger.filter((f) => f.conflictsWith).map((f) => [f.id, f.conflictsWith ?? '']));

describe('discrepancy notes', () => {
  it('follow every printing of a figure the article contradicts, on every page of both languages', () => {
    const missing: string[] = [];
    let printed = 0;
    for (const file of htmlFiles()) {
      const page = readPage(file);
      const shown = new Set(
        page
          .querySelectorAll('[data-fig]')
          .map((el) => el.getAttribute('data-fig') ?? '')
          .filter((id) => twins.has(id)),
      );
      if (!shown.size) continue;
      const notes = page
        .querySelectorAll('[data-note-figures]')
        .filter((el) => el.textContent.trim() !== '')
        .map((el) => (el.getAttribute('data-note-figures') ?? '').split(' '));
      for (const id of shown) {
        printed += 1;
        // The note names both figures of the pair, whichever of them this page prints.
        if (!notes.some((ids) => ids.includes(id) && ids.includes(twins.get(id) ?? '')))
          missing.push(`${file}: ${id} (against ${twins.get(id)})`);
      }
    }
    console.log(`discrepancy notes: ${printed} printings of contradicted figures checked`);
    expect(printed).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
