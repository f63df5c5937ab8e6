import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../support/browser';
import { anchorOf, archiveIndex, recallWords, relevance } from '../support/search-relevance';

const origin = inject('origin');
let browser: Browser;
const pages = {} as Record<'zh' | 'en', Page>;

beforeAll(async () => {
  browser = await launch();
  for (const lang of ['zh', 'en'] as const) {
    const { page } = await openPage(browser, origin, { viewport: { width: 390, height: 844 } });
    await page.goto(`${origin}/${lang}/search/`);
    pages[lang] = page;
  }
});
afterAll(async () => {
  await browser.close();
});

interface Shown {
  href: string;
  title: string;
  about: string;
  marks: string[];
  partial: boolean;
}

/** Types a query into the search page and reads the results it shows. */
async function results(lang: 'zh' | 'en', q: string): Promise<Shown[]> {
  const page = pages[lang];
  await page.locator('[data-search-page] [data-search-input]').fill(q);
  const list = page.locator('[data-search-page] [data-search-results]');
  await expect.poll(() => list.getAttribute('data-search-query'), { timeout: 10_000 }).toBe(q);
  return list.evaluate((ol) => {
    const partial = ol.querySelector('[data-search-partial]') !== null;
    return [...ol.querySelectorAll('li')]
      .filter((li) => li.querySelector('a[data-search-result]'))
      .map((li) => ({
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        title: li.querySelector('a')?.textContent ?? '',
        about: li.querySelector('p')?.textContent ?? '',
        marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
        partial,
      }));
  });
}

describe('Pagefind search puts the answering passage first (the relevance list)', () => {
  it.each(relevance.map((r) => [r.lang, r.q, r] as const))('%s: %s', async (lang, q, r) => {
    const [first] = await results(lang, q);
    expect(first, `no result for ${q}`).toBeDefined();
    expect(r.expect, `${q}: first result ${first?.href} (${r.why})`).toContain(anchorOf(first?.href ?? ''));
  });
});

describe('results say what they are', () => {
  it('a title, a kind label and the heading matched; no 中英对照 or full-edition copies, no duplicates', async () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const q of lang === 'zh' ? ['工会', '会员', '工匠'] : ['union', 'members', 'craftsmen']) {
        const shown = await results(lang, q);
        expect(shown.length, q).toBeGreaterThan(3);
        const paths = shown.map((s) => new URL(s.href, origin).pathname + anchorOf(s.href));
        expect(new Set(paths).size, q).toBe(paths.length);
        for (const s of shown) {
          expect(s.href, q).not.toMatch(/\/(parallel|full|embed)\//);
          expect(s.title.trim(), q).not.toBe('');
          expect(s.title, q).not.toMatch(/^(奋斗的礼赞|In Praise of Striving)$/);
          expect(s.about, q).toMatch(lang === 'zh' ? /^(章节|故事|专题|图表|数字|页面)/ : /^(Section|Story|Topic|Chart|Figure|Page)/);
        }
      }
    }
  });
  it('a figure result shows the figure with its qualifier and period', async () => {
    const [first] = await results('zh', '3.5万余');
    expect(first?.title).toContain('3.5万余');
    expect(first?.about).toMatch(/^数字 · .*“十四五”时期/);
    const [en] = await results('en', 'more than 35,000');
    expect(en?.title).toContain('more than 35,000');
    expect(en?.about).toMatch(/^Figure · .*14th Five-Year Plan period/);
  });
});

describe('Chinese is matched by words, not stray characters', () => {
  const queries = ['快递员', '外卖骑手', '工会会员', '劳动模范', '法律援助', '工人文化宫', '妈妈小屋', '网约车司机'];
  it('no result in the top 5 is there for a single character of a longer query', async () => {
    let noise = 0;
    for (const q of queries) {
      const top = (await results('zh', q)).slice(0, 5);
      const stray = top.filter((s) => !s.partial && s.marks.length > 0 && s.marks.every((m) => [...m].length < 2));
      noise += stray.length;
      expect(
        stray.map((s) => s.href),
        q,
      ).toEqual([]);
    }
    console.log(`single-character noise in the top 5 of ${queries.length} queries: ${noise}`);
  });
  it('a query that nothing matches in full shows partial results only below a note', async () => {
    const shown = await results('zh', '快递员工资');
    if (shown.length) expect(shown.every((s) => s.partial)).toBe(true);
  });
  it('a 繁體 query finds the simplified text', async () => {
    const [first] = await results('zh', '工會會員');
    expect(first?.marks.join('')).toContain('工会会员');
  });
});

describe('the first result lands on the passage, marked', () => {
  it.each([
    ['zh', '外卖骑手'],
    ['zh', '489.4万'],
    ['zh', '枫桥经验'],
    ['en', 'couriers'],
    ['en', 'Ele.me'],
    ['en', 'legal aid'],
  ] as const)('%s: %s', async (lang, q) => {
    const [first] = await results(lang, q);
    expect(first).toBeDefined();
    const { context, page, errors } = await openPage(browser, origin, { viewport: { width: 390, height: 844 } });
    await page.goto(new URL(first?.href ?? '', `${origin}/${lang}/search/`).href);
    const anchor = anchorOf(first?.href ?? '');
    const target = page.locator(`[id="${anchor}"]`);
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    // The words the result marked are marked on the page; a passage found by a reader's word
    // (外卖骑手 is not in it) is marked as a whole, by :target.
    if (first?.marks.length)
      await expect.poll(() => target.locator('mark[data-search-hit]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    else expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    const box = await target.boundingBox();
    expect(box && box.y < 844 && box.y + box.height > 0, 'the passage is in view').toBe(true);
    expect(new URL(page.url()).searchParams.has('hl'), 'the address is clean again').toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('recall: Pagefind finds every passage that holds a word of the article', () => {
  const records = archiveIndex().records;
  // Archive URLs ("zh/x/index.html#p1") as site paths ("/zh/x/#p1").
  const sitePath = (url: string) => `/${url.replace(/index\.html(?=#|$)/, '')}`;
  it.each(['zh', 'en'] as const)('%s', async (lang) => {
    let expected = 0;
    let found = 0;
    const missed: string[] = [];
    for (const word of recallWords[lang]) {
      const want = new Set(
        (records[lang] ?? [])
          .filter((r) => r.block !== 'figure' && r.text.toLowerCase().includes(word.toLowerCase()))
          .map((r) => sitePath(r.url)),
      );
      // A string, so the test runner does not rewrite the page's import().
      const got = (await pages[lang].evaluate(`(async () => {
        const pagefind = await import(location.origin + '/pagefind/pagefind.js');
        await pagefind.init();
        const search = await pagefind.search(${JSON.stringify(word)});
        const data = await Promise.all(search.results.map((r) => r.data()));
        return data.map((d) => d.url.replace(/\\?[^#]*/, ''));
      })()`)) as string[];
      const hits = [...want].filter((p) => got.includes(p));
      expected += want.size;
      found += hits.length;
      if (hits.length < want.size) missed.push(`${word} ${hits.length}/${want.size}`);
    }
    console.log(`Pagefind recall (${lang}): ${found}/${expected}; short: ${missed.join(', ') || 'none'}`);
    expect(expected).toBeGreaterThan(recallWords[lang].length);
    expect(missed).toEqual([]);
  });
});
