import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/lib/search/match';
import { presentResults } from '../../src/lib/search/results';
import { mapChars } from '../../src/lib/search/traditional';
import { anchorOf, archiveIndex, relevance } from '../support/search-relevance';

const index = archiveIndex();
const search = (lang: 'zh' | 'en', q: string) =>
  presentResults(parseQuery(mapChars(q, index.simplified)), index.records[lang] ?? [], lang, 10);

// The archive's index (file://) ranks with the same rule as the hosted site; this is the list
// run against it. tests/e2e/search-relevance.test.ts runs it against Pagefind in the browser.
describe('the offline archive’s search puts the answering passage first', () => {
  it('holds a list of at least 40 queries in both languages', () => {
    expect(relevance.filter((q) => q.lang === 'zh').length).toBeGreaterThanOrEqual(20);
    expect(relevance.filter((q) => q.lang === 'en').length).toBeGreaterThanOrEqual(20);
  });
  it.each(relevance.map((r) => [r.lang, r.q, r] as const))('%s: %s', (lang, q, r) => {
    const first = search(lang, q).items[0];
    expect(first, `no result for ${q}`).toBeDefined();
    expect(r.expect, `${q}: first result ${first?.record.url} (${r.why})`).toContain(anchorOf(first?.record.url ?? ''));
  });
  it('never ranks About or a page title first for a content query', () => {
    for (const r of relevance) expect(search(r.lang, r.q).items[0]?.record.kind, r.q).not.toBe('page');
  });
});
