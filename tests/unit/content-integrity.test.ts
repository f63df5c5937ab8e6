import { describe, expect, it } from 'vitest';
import { checkLedger, extractComponentRefs, findMissingTwins, type LedgerFigure } from '../../src/lib/content-integrity';

describe('extractComponentRefs', () => {
  it('finds figure, story and chart ids with their lines', () => {
    const body = 'a<Fig id="members-new" />人\n\n<Story id="li-junqi" />\n<Chart id="ladder" /><Fig id="x"/>';
    expect(extractComponentRefs(body)).toEqual([
      { component: 'Fig', id: 'members-new', line: 1 },
      { component: 'Story', id: 'li-junqi', line: 3 },
      { component: 'Chart', id: 'ladder', line: 4 },
      { component: 'Fig', id: 'x', line: 4 },
    ]);
  });
});

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
    id: 'members-new', value: 4_894_000, qualifier: 'exact', zh: { text: '489.4万' }, quote: '发展工会会员489.4万人', ...over,
  });
  it('accepts a figure that matches its quote', () => {
    expect(checkLedger([figure({})], source)).toEqual([]);
  });
  it('rejects a quote that is not verbatim', () => {
    expect(checkLedger([figure({ quote: '发展会员489.4万人' })], source).join()).toMatch(/"quote" is not verbatim/);
  });
  it('rejects a value that differs from the printed number', () => {
    expect(checkLedger([figure({ value: 4_900_000 })], source).join()).toMatch(/"value" is 4900000 but "489.4万" means 4894000/);
  });
  it('rejects a qualifier the text does not carry', () => {
    expect(checkLedger([figure({ qualifier: 'over' })], source).join()).toMatch(/"qualifier"/);
  });
  it('requires conflicts to be linked both ways', () => {
    const box = figure({ id: 'fairs-box', value: 3000, qualifier: 'more-than', zh: { text: '3000余' }, quote: '举办招聘会3000余场次', conflictsWith: 'fairs' });
    const body = figure({ id: 'fairs', value: 1567, zh: { text: '1567' }, quote: '举办招聘会1567场次' });
    expect(checkLedger([box, body], source).join()).toMatch(/does not point back/);
    expect(checkLedger([box, { ...body, conflictsWith: 'fairs-box' }], source)).toEqual([]);
  });
  it('rejects duplicate ids', () => {
    expect(checkLedger([figure({}), figure({})], source).join()).toMatch(/used twice/);
  });
});
