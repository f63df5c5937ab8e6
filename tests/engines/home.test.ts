import { describe, expect, inject, it } from 'vitest';
import { engineName, expectNoLogs, inPage, useEngine, widths } from './harness';

const origin = inject('engineOrigin');
const engine = useEngine();

// The language switch leads to the other language; from the 繁體 edition, to English.
const other = { zh: { lang: 'en', html: 'en' }, 'zh-hant': { lang: 'en', html: 'en' }, en: { lang: 'zh', html: 'zh-CN' } } as const;
const own = {
  zh: { html: 'zh-CN', title: '奋斗的礼赞' },
  'zh-hant': { html: 'zh-Hant', title: '奮鬥的禮讚' },
  en: { html: 'en', title: 'In Praise of Striving' },
} as const;

describe(`${engineName}: home pages`, () => {
  it.each(widths.flatMap((width) => (['zh', 'zh-hant', 'en'] as const).map((lang) => [lang, width] as const)))(
    '/%s/ at %ipx is styled, fits the width, and its language switch leads to the same page in the other language',
    async (lang, width) => {
      await inPage(engine(), width, async (page) => {
        await page.goto(`${origin}/${lang}/`);
        const state = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          title: document.title,
          h1: document.querySelector('main h1')?.textContent?.trim() ?? '',
          // The stylesheet is applied: the body is the flex column the CSS makes it, and the header is styled.
          bodyDisplay: getComputedStyle(document.body).display,
          sheets: document.styleSheets.length,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          viewport: window.innerWidth,
        }));
        expect(state.viewport).toBe(width);
        expect(state.lang).toBe(own[lang].html);
        expect(state.title).toContain(own[lang].title);
        expect(state.h1).not.toBe('');
        expect(state.sheets).toBeGreaterThan(0);
        expect(state.bodyDisplay).toBe('flex');
        expect(state.overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);

        await page.click('[data-lang-switch]');
        const target = other[lang];
        await page.waitFor(
          (path: string, html: string) =>
            location.pathname === path && document.readyState === 'complete' && document.documentElement.lang === html,
          { message: `/${target.lang}/ with <html lang="${target.html}">` },
          `/${target.lang}/`,
          target.html,
        );
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(
          0,
        );
        expectNoLogs(await page.logs());
      });
    },
  );
});
