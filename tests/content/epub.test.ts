import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { charts, distDir, readPage, root } from '../support/site';

const run = promisify(execFile);
const editions = ['zh', 'zh-hant', 'en'] as const;
const tags = { zh: 'zh-CN', 'zh-hant': 'zh-Hant', en: 'en' };
const books = Object.fromEntries(
  editions.map((edition) => {
    const name = readdirSync(join(distDir, 'downloads')).find((f) => f.endsWith(`-${edition}.epub`)) ?? `missing-${edition}.epub`;
    return [edition, join(distDir, 'downloads', name)];
  }),
) as Record<(typeof editions)[number], string>;
const scratch = mkdtempSync(join(tmpdir(), 'epub-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** epubcheck (Java) and Ace (Chromium) on all three books, started together: two cores, two tools. */
async function checkBooks() {
  const [epubcheck, ace] = await Promise.all([runEpubcheck(), runAce()]);
  return { epubcheck, ace };
}
let checked: ReturnType<typeof checkBooks> | undefined;
const checks = () => (checked ??= checkBooks());

function runEpubcheck() {
  return Promise.all(
    editions.map(async (edition) => {
      const json = join(scratch, `epubcheck-${edition}.json`);
      // The quick JIT and the serial collector: a third less time, half the CPU, on a short run.
      await run('java', [
        '-XX:TieredStopAtLevel=1',
        '-XX:+UseSerialGC',
        '-jar',
        '/usr/share/java/epubcheck.jar',
        books[edition],
        '--json',
        json,
      ]);
      const report = JSON.parse(readFileSync(json, 'utf8')) as {
        messages: { severity: string; message: string }[];
        checker: { nFatal: number; nError: number; nWarning: number };
      };
      const { nFatal, nError, nWarning } = report.checker;
      const messages = report.messages.filter((m) => m.severity !== 'INFO' && m.severity !== 'USAGE').map((m) => m.message);
      return { edition, nFatal, nError, nWarning, messages };
    }),
  );
}

function runAce() {
  return Promise.all(
    editions.map(async (edition) => {
      const out = join(scratch, `ace-${edition}`);
      await run(join(root, 'node_modules', '.bin', 'ace-cli'), ['--silent', '--force', '--outdir', out, books[edition]], {
        env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: process.env['CHROME_PATH'] ?? '/usr/bin/chromium' },
      });
      const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
        assertions: { assertions?: { 'earl:test': { 'earl:impact': string; 'dct:title': string } }[] }[];
      };
      const found = report.assertions
        .flatMap((a) => a.assertions ?? [])
        .map((a) => `${a['earl:test']['earl:impact']}: ${a['earl:test']['dct:title']}`);
      return { edition, serious: found.filter((f) => /^(serious|critical)/.test(f)), all: found.length };
    }),
  );
}

describe('the EPUB editions', () => {
  it('pass epubcheck with no error or warning', async () => {
    for (const report of (await checks()).epubcheck)
      expect(report, report.edition).toEqual({ edition: report.edition, nFatal: 0, nError: 0, nWarning: 0, messages: [] });
  }, 180_000);

  it('pass DAISY Ace with no serious or critical accessibility issue', async () => {
    const results = (await checks()).ace;
    for (const result of results) expect(result.serious, result.edition).toEqual([]);
    // The roles that go with EPUB's footnote semantics are there, so not even a moderate issue is left.
    for (const result of results) expect(result.all, result.edition).toBe(0);
  }, 180_000);

  it.each(editions)(
    '%s: holds the whole article in order, its charts with descriptions and data, its notes as footnotes, and a table of contents',
    (edition) => {
      const entries = unzipSync(readFileSync(books[edition]));
      const names = Object.keys(entries);
      expect(names[0]).toBe('mimetype');
      expect(new TextDecoder().decode(entries['mimetype'])).toBe('application/epub+zip');
      const text = (name: string) => new TextDecoder().decode(entries[name]);
      expect(text('EPUB/package.opf')).toContain(`<dc:language>${tags[edition]}</dc:language>`);
      // The article's authors: the federation and the byline's two people, each one creator.
      const creators = [...text('EPUB/package.opf').matchAll(/<dc:creator[^>]*>([^<]*)<\/dc:creator>/g)].map((m) => m[1]);
      expect(creators).toEqual(
        {
          zh: ['山东省总工会', '刘磊', '冯路'],
          'zh-hant': ['山東省總工會', '劉磊', '馮路'],
          en: ['Shandong Federation of Trade Unions', 'Liu Lei', 'Feng Lu'],
        }[edition],
      );
      const book = parse(text('EPUB/text.xhtml'));
      const page = readPage(`${edition}/full/index.html`);
      // Every paragraph of the full edition, in the same order, with the same words (less the note
      // markers and the page's "read this paragraph in the other language" links).
      const paragraphs = (doc: {
        querySelectorAll: (s: string) => { id: string; text: string; querySelectorAll: (s: string) => { text: string }[] }[];
      }) =>
        doc.querySelectorAll('p[data-para], figure[data-para]').map((p) => {
          const left = p.querySelectorAll('sup.note-ref, .para-switch').reduce((text, el) => text.replace(el.text, ''), p.text);
          return `${p.id}: ${left.replace(/\s+/g, '')}`;
        });
      expect(paragraphs(book).length).toBeGreaterThan(40);
      expect(paragraphs(book)).toEqual(paragraphs(page));
      for (const id of charts) {
        const img = book.querySelector(`figure[data-chart="${id}"] img`);
        expect(img?.getAttribute('src'), id).toBe(`images/${id}.svg`);
        expect((img?.getAttribute('alt') ?? '').length, id).toBeGreaterThan(20);
        expect(names, id).toContain(`EPUB/images/${id}.svg`);
        expect(book.querySelectorAll(`figure[data-chart="${id}"] table tbody tr`).length, id).toBeGreaterThan(0);
      }
      const notes = page.querySelectorAll('.para-notes li[id]').length;
      expect(book.querySelectorAll('aside[epub\\:type="footnote"]').length).toBe(notes);
      expect(book.querySelectorAll('a[epub\\:type="noteref"]').length).toBe(page.querySelectorAll('sup.note-ref a').length);
      const nav = parse(text('EPUB/nav.xhtml'));
      const sections = page.querySelectorAll('section.full-section').length;
      const stories = page.querySelectorAll('section.story-inline').length;
      expect(nav.querySelectorAll('nav > ol > li').length).toBe(sections);
      expect(nav.querySelectorAll('nav li').length).toBe(sections + stories);
      for (const a of nav.querySelectorAll('a'))
        expect(book.querySelector(`[id="${(a.getAttribute('href') ?? '').split('#')[1]}"]`), a.text).not.toBeNull();
    },
  );

  it('are listed in SHA256SUMS and on the download page with their size and SHA-256', () => {
    const sums = readFileSync(join(distDir, 'downloads', 'SHA256SUMS'), 'utf8');
    const page = readPage('en/download/index.html');
    for (const edition of editions) {
      const file = books[edition].split('/').pop() ?? '';
      const line = sums.split('\n').find((l) => l.endsWith(`  ${file}`)) ?? '';
      expect(line, file).toMatch(/^[0-9a-f]{64} {2}/);
      expect(page.querySelector(`[data-epub-sha256="${edition}"]`)?.text).toBe(line.slice(0, 64));
      expect(page.querySelector(`[data-epub-size="${edition}"]`)?.text).toMatch(/^\d+ KB$/);
    }
  });
});
