import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/lib/figures';
import { parseZhNumber } from '../../src/lib/format-number';
import { root, source } from '../support/site';
import { sourceNumbers } from '../support/source-numbers';

const figures = JSON.parse(readFileSync(join(root, 'content', 'figures.json'), 'utf8')) as Figure[];

describe('the figures ledger', () => {
  it('holds every number printed in the source', () => {
    const missing = sourceNumbers(source).filter((n) => {
      const parsed = parseZhNumber(n.text);
      return !figures.some((f) => parsed && f.value === parsed.value && f.zh.text === n.text);
    });
    console.log(`ledger: ${figures.length} figures`);
    expect(missing).toEqual([]);
  });

  it('keeps both figures of each contradiction between the 数说 box and the body', () => {
    const pairs = [
      ['3000余', '1567'],
      ['120万余', '45.5万'],
      ['25万余', '7.8万余'],
      ['3324', '3741'],
    ];
    for (const [box, body] of pairs) {
      const boxFigure = figures.find((f) => f.box && f.zh.text === box);
      const bodyFigure = figures.find((f) => !f.box && f.zh.text === body);
      expect(boxFigure?.conflictsWith, box).toBe(bodyFigure?.id);
      expect(bodyFigure?.conflictsWith, body).toBe(boxFigure?.id);
    }
  });

  it('does not call two different measures a contradiction: legal-aid cases (10.6万件) and legal-aid services (11.3万余人次)', () => {
    const cases = figures.find((f) => f.zh.text === '10.6万');
    const services = figures.find((f) => f.zh.text === '11.3万余');
    expect([cases?.unit, services?.unit]).toEqual(['cases', 'person-times']);
    expect(cases?.conflictsWith).toBeUndefined();
    expect(services?.conflictsWith).toBeUndefined();
  });
});
