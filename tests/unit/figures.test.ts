import { describe, expect, it } from 'vitest';
import { conflictNote, englishText, formatFigure, type Figure } from '../../src/lib/figures';

const figure = (over: Partial<Figure>): Figure => ({
  id: 'x',
  value: 4_894_000,
  unit: 'people',
  qualifier: 'exact',
  period: 'fyp14',
  theme: 'union-reform',
  zh: { text: '489.4万', label: '发展工会会员' },
  en: { label: 'New union members' },
  quote: '发展工会会员489.4万人',
  ...over,
});

describe('englishText', () => {
  it('puts qualifiers into words and never rounds', () => {
    expect(englishText(figure({}))).toBe('4.894 million');
    expect(englishText(figure({ value: 35_000, qualifier: 'more-than' }))).toBe('more than 35,000');
    expect(englishText(figure({ value: 10_000_000, qualifier: 'over' }))).toBe('over 10 million');
    expect(englishText(figure({ value: 500, qualifier: 'nearly' }))).toBe('nearly 500');
    expect(englishText(figure({ value: 19_859_400, unit: 'person-times' }))).toBe('19.8594 million');
  });
  it('spells out whole numbers under ten in running text only', () => {
    expect(englishText(figure({ value: 3, qualifier: 'fewer-than', unit: 'disputes' }), 'text')).toBe('fewer than three');
    expect(englishText(figure({ value: 3, qualifier: 'fewer-than', unit: 'disputes' }), 'display')).toBe('fewer than 3');
    expect(englishText(figure({ value: 10, unit: 'editions' }), 'text')).toBe('10');
  });
  it('writes percentages as digits, and money with its currency on its own', () => {
    expect(englishText(figure({ value: 80, qualifier: 'over', unit: 'percent' }), 'text')).toBe('over 80%');
    expect(englishText(figure({ value: 16_000_000, qualifier: 'more-than', unit: 'yuan' }))).toBe('more than 16 million yuan');
    expect(englishText(figure({ value: 16_000_000, qualifier: 'more-than', unit: 'yuan' }), 'text')).toBe('more than 16 million');
  });
});

describe('formatFigure in Chinese', () => {
  it('prints the article’s own characters, with 元 when money stands alone', () => {
    expect(formatFigure(figure({}), 'zh', 'text')).toBe('489.4万');
    const money = figure({ value: 16_000_000, qualifier: 'more-than', unit: 'yuan', zh: { text: '1600余万', label: '挽回经济损失' } });
    expect(formatFigure(money, 'zh')).toBe('1600余万元');
    expect(formatFigure(money, 'zh', 'text')).toBe('1600余万');
  });
});

describe('conflictNote', () => {
  const strings = { note: 'Two figures: {first}; {second}.', item: '{place} says {value}', places: { box: 'the box', body: 'the text' } };
  const box = figure({ id: 'fairs-box', value: 3000, qualifier: 'more-than', box: true, conflictsWith: 'fairs' });
  const body = figure({ id: 'fairs', value: 1567, conflictsWith: 'fairs-box' });
  it('names both figures, the box first, whichever is printed', () => {
    expect(conflictNote(body, box, 'en', strings)).toBe('Two figures: the box says more than 3,000; the text says 1,567.');
    expect(conflictNote(box, body, 'en', strings)).toBe('Two figures: the box says more than 3,000; the text says 1,567.');
  });
});
