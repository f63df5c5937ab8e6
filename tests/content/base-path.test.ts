import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroEnv, htmlFiles, root, runAstro } from '../support/site';

const outDir = join(root, 'dist-base-test');
const base = '/special/striving/';

beforeAll(async () => {
  const result = await runAstro(['build'], {
    cwd: root,
    env: astroEnv({ OUT_DIR: outDir, BASE_PATH: base, SITE_URL: 'https://news.example.com' }),
  });
  if (result.status !== 0) throw new Error(`sub-path build failed:\n${result.output}`);
});

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe(`hosted under a sub-path (${base})`, () => {
  it('prefixes every root-relative link and asset with the base, and each one exists', () => {
    const problems: string[] = [];
    const files = htmlFiles(outDir, outDir);
    for (const file of files) {
      const html = readFileSync(join(outDir, file), 'utf8');
      for (const match of html.matchAll(/\s(?:href|src|action)="(\/[^"#?]*)/g)) {
        const url = match[1] ?? '';
        if (!url.startsWith(base)) {
          problems.push(`${file}: ${url} ignores the base`);
          continue;
        }
        const local = join(outDir, url.slice(base.length));
        if (!existsSync(local)) problems.push(`${file}: ${url} does not exist`);
      }
    }
    expect(files.length).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });

  it('uses the configured site URL and base in canonical links and the sitemap', () => {
    const page = readFileSync(join(outDir, 'en/union-reform/index.html'), 'utf8');
    expect(page).toContain('<link rel="canonical" href="https://news.example.com/special/striving/en/union-reform/"');
    expect(readFileSync(join(outDir, 'sitemap.xml'), 'utf8')).toContain('<loc>https://news.example.com/special/striving/zh/</loc>');
    expect(readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8')).toContain('"start_url":"/special/striving/"');
  });

  it('scopes the service worker and its list of offline files to the base', () => {
    const worker = readFileSync(join(outDir, 'sw.js'), 'utf8');
    expect(worker).toContain('"/special/striving/"');
    expect(worker).toContain('striving:');
    const files = JSON.parse(readFileSync(join(outDir, 'offline-manifest.json'), 'utf8')) as Record<
      string,
      string[] | Record<string, string[]>
    >;
    const urls = Object.values(files).flatMap((v) => (Array.isArray(v) ? v : Object.values(v).flat()));
    expect(urls.length).toBeGreaterThan(40);
    expect(urls.filter((u) => !u.startsWith(base))).toEqual([]);
  });

  it('makes an archive whose links are relative, without the hosted base path', () => {
    const zip = unzipSync(readFileSync(join(outDir, 'downloads', readdirSync(join(outDir, 'downloads'))[0] ?? '')));
    const page = new TextDecoder().decode(Object.entries(zip).find(([name]) => name.endsWith('/en/union-reform/index.html'))?.[1]);
    expect(page).toContain('href="../about/index.html"');
    expect(page).not.toMatch(/(?:href|src)="\/special\/striving\//);
  });

  it('puts the base into the chart catalogue, the embed code and _headers', () => {
    const catalogue = JSON.parse(readFileSync(join(outDir, 'charts.json'), 'utf8')) as { embed: { zh: string }; data: string }[];
    expect(catalogue[0]?.embed.zh).toMatch(/^\/special\/striving\/zh\/embed\//);
    expect(catalogue[0]?.data).toMatch(/^\/special\/striving\/embed\//);
    const oembed = JSON.parse(readFileSync(join(outDir, 'zh/embed/organising/oembed.json'), 'utf8')) as { html: string };
    expect(oembed.html).toContain('src="https://news.example.com/special/striving/zh/embed/organising/"');
    expect(oembed.html).toContain('src="https://news.example.com/special/striving/embed/loader.js"');
    const headers = readFileSync(join(outDir, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/special\/striving\/zh\/embed\/\*$/m);
    expect(headers).not.toMatch(/^\/(?!special\/striving\/)/m);
  });
});
