import { describe, expect, it } from 'vitest';
import { checkLedger, findMissingTwins, type LedgerFigure } from '../../../src/lib/content/check-ledger';

describe('findMissingTwins', () => {
  it('reports a page that exists in one language only', () => {
    expect(findMissingTwins(['zh/a', 'en/a', 'zh/b'], ['zh', 'en'])).toEqual([{ id: 'zh/b', missing: 'en/b' }]);
  });
  it('reports a page outside a language folder', () => {
    expect(findMissingTwins(['fr/a'], ['zh', 'en'])[0]?.missing).toMatch(/language folder/);
  });
  it('accepts complete pairs', () => {
    expect(findMissingTwins(['zh/a', 'en/a'], ['zh', 'en'])).toEqual([]);
  });
});

describe('checkLedger', () => {
  const source = '发展工会会员489.4万人，举办招聘会3000余场次，举办招聘会1567场次';
  const figure = (over: Partial<LedgerFigure>): LedgerFigure => ({
    id: 'members-new',
    value: 4_894_000,
    unit: 'people',
    qualifier: 'exact',
    theme: 'union-reform',
    zh: { text: '489.4万' },
    quote: '发展工会会员489.4万人',
    ...over,
  });
  const check = (figures: LedgerFigure[]) =>
    checkLedger(figures, source, new Set(['union-reform']), 'content/figures.json', new Map([['members-new', 7]])).map(
      (e) => `${e.file}:${e.line ?? ''}: ${e.message}`,
    );
  it('accepts a figure that matches its quote', () => {
    expect(check([figure({})])).toEqual([]);
  });
  it('rejects a quote that is not verbatim', () => {
    expect(check([figure({ quote: '发展会员489.4万人' })]).join()).toMatch(/"quote" is not verbatim/);
  });
  it('rejects a value that differs from the printed number', () => {
    expect(check([figure({ value: 4_900_000 })]).join()).toMatch(/"value" is 4900000 but "489.4万" means 4894000/);
  });
  it('rejects a qualifier the text does not carry', () => {
    expect(check([figure({ qualifier: 'over' })]).join()).toMatch(/"qualifier"/);
  });
  it('requires conflicts to be linked both ways', () => {
    const box = figure({
      id: 'fairs-box',
      value: 3000,
      qualifier: 'more-than',
      zh: { text: '3000余' },
      quote: '举办招聘会3000余场次',
      conflictsWith: 'fairs',
    });
    const body = figure({ id: 'fairs', value: 1567, zh: { text: '1567' }, quote: '举办招聘会1567场次' });
    expect(check([box, body]).join()).toMatch(/does not point back/);
    expect(check([box, { ...body, conflictsWith: 'fairs-box' }])).toEqual([]);
  });
  it('refuses to call two counts of different things a contradiction', () => {
    const box = figure({
      id: 'cases',
      value: 3000,
      qualifier: 'more-than',
      zh: { text: '3000余' },
      quote: '举办招聘会3000余场次',
      unit: 'cases',
    });
    const body = figure({ id: 'services', value: 1567, zh: { text: '1567' }, quote: '举办招聘会1567场次', unit: 'person-times' });
    expect(
      check([
        { ...box, conflictsWith: 'services' },
        { ...body, conflictsWith: 'cases' },
      ]).join(),
    ).toMatch(/"services" counts person-times and this figure cases; figures that measure different things do not contradict/);
  });
  it('names the file and the line of the figure', () => {
    expect(check([figure({ value: 4_900_000 })])[0]).toMatch(/^content\/figures\.json:7: figure "members-new": field "value"/);
  });
  it('rejects a theme that names no section', () => {
    expect(check([figure({ theme: 'no-such-section' })]).join()).toMatch(/field "theme": no section "no-such-section"/);
  });
});
