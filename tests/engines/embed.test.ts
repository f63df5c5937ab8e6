import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { needsProbe, type EnginePage } from '../support/engines';
import { poll } from '../support/engines/poll';
import { injectProbe } from '../support/engines/probe';
import { articleWith, startHostServer } from '../support/host-page';
import { readPage } from '../support/site';
import { engineName, expectNoLogs, inPage, useEngine, widths } from './harness';

const origin = inject('engineOrigin');
const engine = useEngine();
let host: Awaited<ReturnType<typeof startHostServer>>;
beforeAll(async () => {
  host = await startHostServer();
});
afterAll(async () => {
  await host.close();
});

/** The code a newsroom copies from the chart's Embed control, pointed at the test server instead of the built origin. */
function embedCode(lang: 'zh' | 'en', chart: string): { code: string; fixedHeight: number } {
  const page = readPage(`${lang}/union-reform/index.html`);
  const built = new URL(page.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '').origin;
  const code = page.querySelector(`[data-chart="${chart}"] textarea[data-embed-code]`)?.text ?? '';
  const height = /height="(\d+)"/.exec(code);
  if (!code.includes('<iframe') || !height) throw new Error(`no embed code for ${chart} in /${lang}/union-reform/`);
  return { code: code.split(built).join(origin), fixedHeight: Number(height[1]) };
}

describe(`${engineName}: an embed pasted into a page on another origin`, () => {
  it.each(widths.flatMap((width) => (['zh', 'en'] as const).map((lang) => [lang, width] as const)))(
    'the %s organising chart at %ipx is resized to its content, scrolls not inside, and both consoles stay clean',
    async (lang, width) => {
      const { code, fixedHeight } = embedCode(lang, 'organising');
      // Pasted below a long article, as embeds usually are: the lazy iframe is still blank
      // when the loader runs, and loads only when the reader scrolls to it.
      const paragraphs = Array.from(
        { length: 40 },
        (_, i) => `<p>Paragraph ${i + 1} of the newsroom's own story, before the chart.</p>`,
      ).join('');
      const article = articleWith(paragraphs + code, lang);
      const url = host.page(`/news/${lang}/${width}/`, needsProbe(engineName) ? injectProbe(article) : article);
      expect(new URL(url).origin).not.toBe(origin);
      await inPage(engine(), width, async (page) => {
        await page.goto(url);
        await page.waitFor(() => Boolean(document.querySelector('iframe[data-striving-embed]')), { message: 'the pasted iframe' });
        await page.evaluate(() => document.querySelector('iframe[data-striving-embed]')?.scrollIntoView({ block: 'start' }));
        const content = await pollFrame(page, () => {
          const root = document.querySelector('[data-embed]');
          return root && document.readyState === 'complete' ? Math.ceil(root.getBoundingClientRect().height) : 0;
        });
        expect(content).toBeGreaterThan(100);
        const sized = await page.waitFor(
          (fixed: number) => {
            const frame = document.querySelector<HTMLIFrameElement>('iframe[data-striving-embed]');
            const height = frame?.getBoundingClientRect().height ?? 0;
            return height !== fixed && frame?.style.height === `${height}px` ? height : 0;
          },
          { message: `the loader to resize the iframe from ${fixedHeight}px` },
          fixedHeight,
        );
        // The iframe's height is its content's, so nothing scrolls inside it.
        const inner = await pollFrame(page, () => {
          const root = document.querySelector('[data-embed]');
          const el = document.documentElement;
          return root
            ? {
                content: Math.ceil(root.getBoundingClientRect().height),
                scroll: el.scrollHeight - el.clientHeight,
                sideways: el.scrollWidth - el.clientWidth,
              }
            : null;
        });
        expect(Math.abs(sized - inner.content), `iframe ${sized}px vs content ${inner.content}px`).toBeLessThanOrEqual(2);
        expect(inner.scroll, 'vertical scroll inside the iframe').toBeLessThanOrEqual(0);
        expect(inner.sideways, 'horizontal scroll inside the iframe').toBeLessThanOrEqual(0);
        // Host page (with the site's loader) and embed alike: no errors and no warnings.
        expectNoLogs(await page.logs(), ['error', 'warning', 'uncaught', 'rejection', 'csp'], 'the host page and its embed');
      });
    },
  );
});

/** Polls a function in the embed's document until it returns a truthy value (the frame may still be loading). */
function pollFrame<R>(page: EnginePage, fn: () => R): Promise<NonNullable<R>> {
  return poll(() => page.evaluateInFrame('iframe[data-striving-embed]', fn), { timeout: 15_000, message: 'a value inside the embed' });
}
