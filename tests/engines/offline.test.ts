import { describe, expect, it } from 'vitest';
import { needsProbe } from '../support/engines';
import { serveSite } from '../support/engines/server';
import { distDir } from '../support/site';
import { engineName, expectNoLogs, inPage, phone, useEngine } from './harness';

const engine = useEngine();

describe(`${engineName}: the saved report offline`, () => {
  it('"Save the whole report" on /en/download/, then with the server stopped a saved page opens and search finds "craftsman"', async () => {
    // A server of its own: a fresh origin (so a fresh service worker) that this test can stop.
    const site = await serveSite(distDir, { probe: needsProbe(engineName) });
    let stopped = false;
    try {
      await inPage(engine(), phone, async (page) => {
        await page.goto(`${site.origin}/en/download/`);
        await page.waitFor(
          async () => {
            await navigator.serviceWorker.ready;
            return document.querySelector<HTMLButtonElement>('[data-offline-save]')?.hidden === false;
          },
          { timeout: 30_000, message: 'the service worker ready and the save button shown' },
        );
        await page.click('[data-offline-save]');
        const state = await page.waitFor(
          () => {
            const s = document.querySelector<HTMLElement>('[data-offline-status]')?.dataset['state'];
            return s === 'saved' || s === 'failed' ? s : '';
          },
          { timeout: 90_000, message: 'the save to finish' },
        );
        expect(state).toBe('saved');

        await site.stop();
        stopped = true;
        // Nothing answers on this origin now: what opens comes from the service worker's cache.
        await page.goto(`${site.origin}/en/union-reform/`);
        expect(
          await page.evaluate(() => ({
            lang: document.documentElement.lang,
            h1: Boolean(document.querySelector('main h1')?.textContent?.trim()),
          })),
        ).toEqual({ lang: 'en', h1: true });
        expect(await page.evaluate(() => getComputedStyle(document.body).display), 'the stylesheet came from the cache').toBe('flex');

        await page.click('[data-search-open]');
        await page.waitFor(
          () =>
            document.querySelector<HTMLDialogElement>('[data-search-dialog]')?.open === true &&
            document.activeElement?.matches('[data-search-input]') === true,
          { message: 'the search dialog open' },
        );
        await page.type('craftsman');
        const outcome = await page.waitFor(
          () => {
            const dialog = document.querySelector('[data-search-dialog]');
            const results = dialog?.querySelectorAll('[data-search-results] a[data-search-result]').length ?? 0;
            const status = dialog?.querySelector('[data-search-status]')?.textContent?.trim() ?? '';
            if (results > 0) return { results, status };
            // The panel says so when Pagefind could not load: stop waiting then.
            return /not available|不可用/.test(status) ? { results, status } : null;
          },
          { timeout: 20_000, message: 'offline search results for "craftsman"' },
        );
        expect(outcome.results, `offline search said: "${outcome.status}"`).toBeGreaterThan(0);
        expectNoLogs(await page.logs());
      });
    } finally {
      if (!stopped) await site.stop();
    }
  });
});
