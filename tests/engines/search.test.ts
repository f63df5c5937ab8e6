import { describe, expect, inject, it } from 'vitest';
import { engineName, expectNoLogs, inPage, useEngine, widths } from './harness';

const origin = inject('engineOrigin');
const engine = useEngine();

const queries = { zh: '工匠', en: 'craftsman' } as const;

describe(`${engineName}: the search dialog`, () => {
  it.each(widths.flatMap((width) => (['zh', 'en'] as const).map((lang) => [lang, width] as const)))(
    '/%s/ at %ipx: opens from the header button, finds results, and one Esc closes it with focus back on the button',
    async (lang, width) => {
      await inPage(engine(), width, async (page) => {
        await page.goto(`${origin}/${lang}/`);
        await page.click('[data-search-open]');
        await page.waitFor(
          () =>
            document.querySelector<HTMLDialogElement>('[data-search-dialog]')?.open === true &&
            document.activeElement?.matches('[data-search-dialog] [data-search-input]') === true,
          { message: 'the dialog open with focus in its search field' },
        );
        const q = queries[lang];
        await page.type(q);
        const found = await page.waitFor(
          (query: string) => {
            const list = document.querySelector('[data-search-dialog] [data-search-results]');
            const count = list?.querySelectorAll('a[data-search-result]').length ?? 0;
            return list?.getAttribute('data-search-query') === query && count > 0 ? count : 0;
          },
          { timeout: 20_000, message: `results for ${q}` },
          q,
        );
        expect(found).toBeGreaterThan(0);
        expect(await page.evaluate(() => document.activeElement?.matches('[data-search-input]'))).toBe(true);

        // One press, as the hint under the field promises ("Esc to close").
        await page.press('Escape');
        await page.waitFor(() => document.querySelector<HTMLDialogElement>('[data-search-dialog]')?.open === false, {
          timeout: 3_000,
          message: 'the dialog to close after one Escape',
        });
        await page.waitFor(() => document.activeElement?.matches('[data-search-open]') === true, {
          timeout: 3_000,
          message: 'focus back on the search button',
        });
        expectNoLogs(await page.logs());
      });
    },
  );
});

// The first result of a query opens the passage that answers it, scrolled into view and marked:
// the words the result matched (?hl=), or the whole paragraph (:target) when a reader's word
// found it. The relevance list checks which passage; this checks the landing in each engine.
const landings = [
  ['zh', '枫桥经验', 'p91', true],
  ['zh', '外卖骑手', 'p106', false],
  ['en', 'legal aid', 'p91', true],
] as const;

describe(`${engineName}: a search result lands on the passage`, () => {
  it.each(landings)('/%s/search/?q=%s opens #%s in view, marked', async (lang, q, anchor, words) => {
    await inPage(engine(), 390, async (page) => {
      await page.goto(`${origin}/${lang}/search/?q=${encodeURIComponent(q)}`);
      const href = await page.waitFor(
        (query: string) => {
          const list = document.querySelector('[data-search-page] [data-search-results]');
          const first = list?.querySelector<HTMLAnchorElement>('a[data-search-result]');
          return list?.getAttribute('data-search-query') === query && first ? first.href : '';
        },
        { timeout: 20_000, message: `results for ${q}` },
        q,
      );
      expect(href).toMatch(new RegExp(`#${anchor}$`));
      await page.goto(href);
      const landed = await page.waitFor(
        (id: string, marked: boolean) => {
          const target = document.getElementById(id);
          if (!target || !target.matches(':target')) return undefined;
          const box = target.getBoundingClientRect();
          const hits = target.querySelectorAll('mark[data-search-hit]').length;
          if (marked && hits === 0) return undefined;
          return { inView: box.top < innerHeight && box.bottom > 0, hits, clean: !location.search.includes('hl=') };
        },
        { timeout: 10_000, message: `#${anchor} as the target${words ? ', with the words marked' : ''}` },
        anchor,
        words,
      );
      expect(landed.inView).toBe(true);
      expect(landed.clean).toBe(true);
      expectNoLogs(await page.logs());
    });
  });
});
