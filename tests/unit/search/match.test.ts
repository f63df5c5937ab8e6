import { describe, expect, it } from 'vitest';
import { fold, matchTerm, parseQuery, phraseRanges } from '../../../src/lib/search/match';

const term = (q: string) => {
  const [first] = parseQuery(q).terms;
  if (!first) throw new Error(`no term in ${q}`);
  return first;
};

describe('parseQuery', () => {
  it('reads numbers with their 万, Chinese runs and Latin words split at punctuation', () => {
    expect(parseQuery('489.4万 工会会员').terms.map((t) => [t.text, t.kind])).toEqual([
      ['489.4万', 'number'],
      ['工会会员', 'han'],
    ]);
    expect(parseQuery('Ele.me couriers').terms.map((t) => t.text)).toEqual(['ele', 'me', 'couriers']);
  });
  it('folds full-width forms and drops quotes around names', () => {
    expect(parseQuery('“齐鲁工惠”ＡＰＰ').phrase).toBe('齐鲁工惠 app');
  });
  it('splits a long Chinese run into its words for a looser match', () => {
    expect(term('工会会员').pieces).toEqual(['工会', '会员']);
  });
});

describe('matchTerm', () => {
  it('matches Chinese by the whole run', () => {
    expect(matchTerm(term('快递员'), '快递员张三').strength).toBe(3);
  });
  it('never matches a longer query by one stray character: 快递员 is not in 会员 or 动员', () => {
    expect(matchTerm(term('快递员'), '动员会员参加').strength).toBeLessThan(2);
  });
  it('counts all the words of a run found apart as a word match', () => {
    expect(matchTerm(term('工会会员'), '工会发展新会员').strength).toBe(2);
  });
  it('matches numbers whole: 489 is not in 1489, and 489万 is not 489.4万', () => {
    expect(matchTerm(term('489'), '1489人').strength).toBe(0);
    expect(matchTerm(term('489'), '489.4万人').strength).toBe(3);
    expect(matchTerm(term('489万'), '489.4万人').strength).toBe(0);
  });
  it('matches English words and their plurals, and prefixes only from four letters', () => {
    expect(matchTerm(term('union'), fold('Unions grew')).strength).toBe(3);
    expect(matchTerm(term('couriers'), 'a courier').strength).toBe(3);
    expect(matchTerm(term('me'), 'members').strength).toBe(0);
  });
});

describe('phraseRanges', () => {
  it('finds the whole query, not inside a longer English word', () => {
    expect(phraseRanges(parseQuery('legal aid'), fold('Free legal aid for workers'))).toEqual([[5, 14]]);
    expect(phraseRanges(parseQuery('aid'), 'said')).toEqual([]);
    expect(phraseRanges(parseQuery('工匠学院'), '建成工匠学院')).toEqual([[2, 6]]);
  });
});
