import { describe, expect, it } from 'vitest';
import { leadFigureOf, type BoxGroup } from '../../../src/lib/content/places';

const group = (...items: string[][]): BoxGroup => ({ heading: 'h', items: items.map((figures) => ({ anchor: undefined, figures })) });
const units: Record<string, string> = { colleges: 'organisations', stations: 'places', trained: 'people', visits: 'person-times' };
const unitOf = (id: string) => units[id];

describe('leadFigureOf', () => {
  it('leads with the first count of people, in the box order', () => {
    expect(leadFigureOf(group(['colleges', 'stations'], ['trained', 'visits']), unitOf)).toBe('trained');
    expect(leadFigureOf(group(['visits'], ['trained']), unitOf)).toBe('visits');
  });
  it('passes over a count the main text contradicts when the group has another', () => {
    const disputed = (id: string) => id === 'trained';
    expect(leadFigureOf(group(['trained'], ['visits']), unitOf, disputed)).toBe('visits');
    expect(leadFigureOf(group(['colleges'], ['trained']), unitOf, disputed)).toBe('trained');
  });
  it('falls back to the first figure, and to nothing for an empty group', () => {
    expect(leadFigureOf(group(['colleges', 'stations']), unitOf)).toBe('colleges');
    expect(leadFigureOf(group(), unitOf)).toBeUndefined();
  });
});
