// The documentary around the charts (design review 2026-12-07, §2 Cover, Home body, Photography,
// Worker story pages, Pull quotes, Credits): what a reader sees first, measured in the browser.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from '../support/browser';
import { overflowX, seriousViolations } from '../support/page-checks';
import { root } from '../support/site';

const origin = inject('origin');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const released = (JSON.parse(readFileSync(join(root, 'content', 'edition.json'), 'utf8')) as { released: string }).released;
const frontMatter = (folder: string, id: string) =>
  readFileSync(join(root, 'content', folder, 'zh', `${id}.mdx`), 'utf8').split('\n---')[0] ?? '';
const ids = (folder: string) =>
  readdirSync(join(root, 'content', folder, 'zh'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
const sections = ids('sections');
const stories = ids('stories').map((id) => ({ id, chart: /^chart: (\S+)$/m.exec(frontMatter('stories', id))?.[1] }));

async function open(path: string, width: number, height: number, colorScheme: 'light' | 'dark' = 'light') {
  const opened = await openPage(browser, origin, { viewport: { width, height }, colorScheme });
  await opened.page.goto(origin + path, { waitUntil: 'load' });
  return opened;
}

/** The box of the first visible element matching a selector, or undefined. */
const visibleBox = async (page: Page, selector: string) => {
  for (const el of await page.locator(selector).all()) if (await el.isVisible()) return (await el.boundingBox()) ?? undefined;
  return undefined;
};

describe('the cover', () => {
  it.each(['zh', 'en'])(
    '/%s/ at 1440×900 shows a display headline, the lead graphic, the byline and the edition date in the first screen',
    async (lang) => {
      const { context, page, errors, foreign } = await open(`/${lang}/`, 1440, 900);
      const title = await page.locator('h1.cover-title').evaluate((el) => {
        const style = getComputedStyle(el);
        return { size: parseFloat(style.fontSize), weight: Number(style.fontWeight) };
      });
      expect(title.size).toBeGreaterThanOrEqual(64);
      expect(title.weight).toBeGreaterThanOrEqual(700);
      // The lead graphic is a drawing from the chart code, in the right half of the first screen.
      const graphic = await visibleBox(page, '.cover [data-still-chart] svg.chart-svg');
      expect(graphic, 'a visible lead graphic').toBeDefined();
      expect(graphic!.y + graphic!.height).toBeLessThanOrEqual(900);
      expect(graphic!.height).toBeGreaterThan(150);
      expect(graphic!.x).toBeGreaterThan(720);
      expect(
        await page
          .locator('.cover [data-still-chart] svg.chart-svg:visible rect, .cover [data-still-chart] svg.chart-svg:visible circle')
          .count(),
      ).toBeGreaterThan(50);
      // Byline and the edition date, the one from content/edition.json.
      const byline = await visibleBox(page, '.cover .byline');
      expect(byline!.y).toBeLessThan(900);
      const date = page.locator(`.cover [data-edition-date="${released}"]`);
      expect(await date.isVisible()).toBe(true);
      expect((await date.boundingBox())!.y).toBeLessThan(900);
      expect(await date.textContent()).toContain(lang === 'zh' ? '2026年12月7日' : '7 December 2026');
      // No script was added for it: the cover's graphic is still.
      expect(await page.locator('.cover script').count()).toBe(0);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await context.close();
    },
  );

  it.each([320, 390])('/zh/ at %ipx has the title first and the graphic without overflow', async (width) => {
    const { context, page } = await open('/zh/', width, 800);
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    const title = await visibleBox(page, 'h1.cover-title');
    const graphic = await visibleBox(page, '.cover [data-still-chart] svg.chart-svg');
    expect(title!.y).toBeLessThan(graphic!.y);
    expect(graphic!.width).toBeLessThanOrEqual(width);
    await context.close();
  });
});

describe('the 数说 box on the cover', () => {
  it('keeps the source groups, one accent lead per group, every line led by a larger figure, and the discrepancy notes', async () => {
    const { context, page } = await open('/zh/', 1280, 900);
    const groups = await page.locator('.shushuo-group').evaluateAll((els) =>
      els.map((el) => ({
        heading: el.querySelector('h3')?.lastChild?.textContent?.trim() ?? '',
        leads: el.querySelectorAll('.is-lead').length,
        lines: [...el.querySelectorAll('.shushuo-line')].map((line) => {
          // The group's lead is set larger still; the line's first figure is larger than its others.
          const sizes = [...line.querySelectorAll('.shushuo-figure:not(.is-lead) .box-value')].map((v) =>
            parseFloat(getComputedStyle(v).fontSize),
          );
          return { first: sizes[0] ?? 0, rest: Math.max(0, ...sizes.slice(1)) };
        }),
      })),
    );
    expect(groups.map((g) => g.heading)).toEqual([
      '加强思想政治引领',
      '团结动员广大职工建功立业',
      '用心用情做好维权服务工作',
      '持续深化工会改革和建设',
    ]);
    for (const g of groups) {
      expect(g.leads).toBe(1);
      for (const line of g.lines) if (line.rest > 0) expect(line.first).toBeGreaterThan(line.rest);
    }
    const notes = await page.locator('.shushuo .box-note').allTextContents();
    expect(notes.length).toBeGreaterThanOrEqual(4);
    for (const note of notes) expect(note).toMatch(/“数说”栏目作.+正文作/);
    await context.close();
  });
});

describe('photo captions', () => {
  it.each(sections.flatMap((id) => ['zh', 'en'].map((lang) => `/${lang}/${id}/`)))(
    '%s: no caption is the first visual of the page',
    async (path) => {
      for (const width of [390, 1440]) {
        const { context, page } = await open(path, width, 900);
        const order = await page.evaluate(() => {
          const body = document.querySelector('main .prose-body') ?? document.querySelector('main');
          const blocks = [...(body?.querySelectorAll('p, figure, .photo-caption') ?? [])].filter(
            (el) => !el.parentElement?.closest('.photo-caption, .chart, .para-notes'),
          );
          const first = blocks.find((el) => el.classList.contains('photo-caption') || el.matches('p[data-para], p[id^="p"]'));
          return { first: first?.className ?? '', captions: document.querySelectorAll('.photo-caption svg, .photo-caption-mark').length };
        });
        expect(order.first).not.toContain('photo-caption');
        expect(order.captions, 'no camera icon or frame').toBe(0);
        await context.close();
      }
    },
  );
});

describe('story pages', () => {
  it.each(stories)(
    '$id shows its declared chart (or none) and leads with the worker’s own words where the story opens with them',
    async ({ id, chart }) => {
      for (const lang of ['zh', 'en']) {
        const { context, page } = await open(`/${lang}/stories/${id}/`, 1280, 900);
        const stills = await page.locator('[data-still-chart]').evaluateAll((els) => els.map((el) => el.getAttribute('data-still-chart')));
        expect(stills).toEqual(chart ? [chart] : []);
        if (chart) expect(await visibleBox(page, `[data-still-chart="${chart}"] svg.chart-svg`)).toBeDefined();
        const opensWithQuote = await page
          .locator('.prose-body p')
          .first()
          .evaluate((p) => /^[“"]/.test(p.textContent?.trim() ?? ''));
        const lead = page.locator('[data-pull-quote="lead"]');
        expect(await lead.count()).toBe(opensWithQuote ? 1 : 0);
        if (opensWithQuote) {
          // Above the title, and its words are the paragraph's own.
          const quoteText = (await lead.locator('blockquote').textContent())!.replace(/^“|”$/g, '').trim();
          // The paragraph's words without its note numbers.
          const paragraph = await page
            .locator('.prose-body p')
            .first()
            .evaluate((p) => {
              const copy = p.cloneNode(true) as HTMLElement;
              for (const ref of copy.querySelectorAll('.note-ref, sup')) ref.remove();
              return copy.textContent ?? '';
            });
          expect(paragraph).toContain(quoteText);
          expect((await lead.boundingBox())!.y).toBeLessThan((await page.locator('h1.story-title').boundingBox())!.y);
        }
        // The facts come after the story, as a footer.
        const facts = (await page.locator('.story-facts').boundingBox())!;
        const lastPara = (await page.locator('.prose-body p').last().boundingBox())!;
        expect(facts.y).toBeGreaterThan(lastPara.y);
        await context.close();
      }
    },
  );

  it('in a section, a pull quote follows the paragraph it repeats instead of standing above it', async () => {
    const { context, page } = await open('/zh/political-guidance/', 1280, 900);
    const placed = await page.locator('[data-pull-quote="pull"]').evaluateAll((quotes) =>
      quotes.map((q) => {
        const story = q.closest('[data-story]');
        const first = story?.querySelector('.prose-body p');
        return Boolean(first && first.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    );
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.every(Boolean)).toBe(true);
    const attribution = await page.locator('[data-pull-quote="pull"] figcaption').first().textContent();
    expect(attribution).toMatch(/^——/);
    await context.close();
  });
});

// pages.test.ts runs axe on the pages in the light theme at 1280px; these pages' new
// parts are checked again where that does not reach: a phone, in the dark theme.
describe('the cover, story and About pages pass axe at a phone width in the dark theme', () => {
  const pages = ['/zh/', '/en/', '/zh/introduction/', '/en/stories/taian-yto/', '/zh/stories/zhang-jun/', '/zh/about/', '/en/about/'];
  it.each(pages)('%s', async (path) => {
    const { context, page } = await open(path, 320, 900, 'dark');
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the About page', () => {
  it.each(['zh', 'en'])(
    '/%s/about/ dates the edition from content/edition.json and credits the edition, not invented people',
    async (lang) => {
      const { context, page } = await open(`/${lang}/about/`, 1280, 900);
      const credits = (await page.locator('.credits').textContent()) ?? '';
      expect(await page.locator(`.credits [data-edition-date="${released}"]`).count()).toBe(1);
      expect(credits).toContain(lang === 'zh' ? '□刘磊 冯路' : 'Liu Lei, Feng Lu');
      expect(credits).toContain(lang === 'zh' ? '2021—2025' : '2021–2025');
      await context.close();
    },
  );
});
