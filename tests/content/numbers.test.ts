import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishText } from '../../src/lib/figures';
import { parseZhNumber } from '../../src/lib/format-number';
import { articlePages, articleText, readPage, root, source, squash } from '../support/site';
import { sourceNumbers } from '../support/source-numbers';

interface Figure {
  id: string;
  value: number;
  qualifier: 'exact' | 'more-than' | 'over' | 'nearly' | 'fewer-than';
  unit: string;
  quote: string;
  zh: { text: string };
}
const figures = JSON.parse(readFileSync(join(root, 'content', 'figures.json'), 'utf8')) as Figure[];
const numbers = sourceNumbers(source);
/** A language's article text; English pages quote the Chinese source in their data tables, which is left out. */
const text = (lang: 'zh' | 'en') =>
  articlePages(lang)
    .map((file) => {
      const page = readPage(`${lang}/${file}`);
      if (lang === 'en') for (const el of page.querySelectorAll('main [lang="zh-CN"]')) el.remove();
      return articleText(page);
    })
    .join('\n');

describe('every number of the source is on the pages in both languages', () => {
  const zh = text('zh');
  const en = text('en');

  it('finds the source numbers', () => {
    console.log(`numbers: ${numbers.length} figure occurrences in the source`);
    expect(numbers.length).toBeGreaterThan(70);
  });

  it('shows each number on the Chinese pages as printed', () => {
    expect(numbers.filter((n) => !zh.includes(n.text))).toEqual([]);
  });

  it('shows each number on the English pages in its exact English form', () => {
    const missing = numbers.flatMap((n) => {
      const parsed = parseZhNumber(n.text);
      if (!parsed) return [`line ${n.line}: ${n.text} does not parse`];
      const figure = { ...parsed, unit: n.text.endsWith('%') ? ('percent' as const) : ('people' as const) };
      // In running text numbers under ten are words ("fewer than three"); elsewhere digits.
      const forms = [englishText(figure, 'text'), englishText(figure, 'display')];
      return forms.some((f) => en.includes(f)) ? [] : [`line ${n.line}: ${n.text} → "${forms[0]}"`];
    });
    expect(missing).toEqual([]);
  });

  it('never prints an English number the ledger does not hold', () => {
    const allowed = new Set(
      figures.flatMap((f) => [englishText({ ...f, qualifier: 'exact', unit: f.unit === 'percent' ? 'percent' : 'people' })]),
    );
    const printed = [...en.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?(?: (?:million|billion))?|\d+(?:\.\d+)?(?: (?:million|billion))?%?/g)].map(
      (m) => m[0],
    );
    // Years, days of the month and small ordinals are typed in prose; every other number must come from the ledger.
    const stray = printed.filter(
      (p) => !allowed.has(p) && !/^(19|20)\d\d$/.test(p) && !(Number(p) <= 31 && /^\d+$/.test(p)) && !['100', '520'].includes(p),
    );
    expect([...new Set(stray)]).toEqual([]);
  });
});

describe('the numbers page prints each source excerpt as the source does', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: no quotation marks doubled around an excerpt that carries its own (““大国工匠”19名、全国最多”)`, () => {
      const page = readPage(`${lang}/numbers/index.html`);
      // A <q> adds its own marks around the text: around the source's “ ” they doubled up.
      const doubled = page.querySelectorAll('main q').filter((q) => /[“”‘’]/.test(q.textContent));
      expect(doubled.map((q) => q.textContent)).toEqual([]);
      const text = squash(page.querySelector('main')?.textContent ?? '');
      expect(text).not.toMatch(/““|””/);
      const missing = figures.map((f) => f.quote).filter((q) => !text.includes(q));
      expect(missing).toEqual([]);
    });
  }
});
