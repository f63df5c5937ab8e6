import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'node-html-parser';
import { isHostedOnly } from '../../src/site';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveZip, unzipArchive } from '../support/archive';
import { distFiles, htmlFiles, root } from '../support/site';

let dir = '';
// Set only once the archive is unzipped: a failed setup leaves nothing to delete.
let removeArchive = () => {};
beforeAll(() => {
  ({ dir, remove: removeArchive } = unzipArchive());
});
afterAll(() => removeArchive());

interface Manifest {
  version: string;
  files: { path: string; bytes: number; sha256: string }[];
}

describe('the offline archive', () => {
  it('lists every file in manifest.json with its true SHA-256 checksum and size', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const onDisk = htmlFiles(dir, dir);
    expect(manifest.files.length).toBeGreaterThan(50);
    for (const file of onDisk) expect(manifest.files.map((f) => f.path)).toContain(file);
    for (const file of manifest.files) {
      const bytes = readFileSync(join(dir, file.path));
      expect(createHash('sha256').update(bytes).digest('hex'), file.path).toBe(file.sha256);
      expect(bytes.length, file.path).toBe(file.bytes);
    }
  });

  it('checks out with sha256sum -c SHA256SUMS, inside the archive and beside the download, and fails on a changed file', () => {
    const check = (cwd: string) => spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd, encoding: 'utf8' });
    const inside = check(dir);
    expect(inside.stderr).toBe('');
    expect(inside.status).toBe(0);
    const listed = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(listed.length).toBe(htmlFiles(dir, dir).length + listed.filter((l) => !l.endsWith('.html')).length);
    expect(listed.some((l) => l.endsWith('  manifest.json'))).toBe(true);
    const beside = check(dirname(archiveZip()));
    expect(beside.status).toBe(0);
    expect(beside.stdout).toContain(`${basename(archiveZip())}: OK`);
    const readme = readFileSync(join(dir, 'README.txt'));
    writeFileSync(join(dir, 'README.txt'), 'changed');
    const changed = check(dir);
    writeFileSync(join(dir, 'README.txt'), readme);
    expect(changed.status).not.toBe(0);
    expect(changed.stdout).toContain('README.txt: FAILED');
  });

  it('is versioned from package.json and has a README in both languages with the attribution', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(dir.endsWith(`striving-${version}`)).toBe(true);
    const readme = readFileSync(join(dir, 'README.txt'), 'utf8');
    for (const text of [
      version,
      'index.html',
      '山东省总工会',
      '□刘磊 冯路',
      'Shandong Federation of Trade Unions',
      'Liu Lei and Feng Lu',
      'sha256sum -c SHA256SUMS',
      'shasum -a 256 -c SHA256SUMS',
      'Get-FileHash',
    ])
      expect(readme).toContain(text);
  });

  it('links every page only with relative URLs to files that exist, and loads no module script', () => {
    const problems: string[] = [];
    const pages = htmlFiles(dir, dir);
    expect(pages).toContain('zh/search/index.html');
    expect(pages).toContain('en/full/index.html');
    for (const file of pages) {
      const page = parse(readFileSync(join(dir, file), 'utf8'));
      if (page.querySelector('script[type="module"]')) problems.push(`${file}: module script`);
      for (const el of page.querySelectorAll('[href], [src]')) {
        const url = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        if (
          /^(https?:|#|mailto:)/.test(url) &&
          el.tagName !== 'SCRIPT' &&
          !(el.tagName === 'LINK' && el.getAttribute('rel') === 'stylesheet')
        )
          continue;
        if (url.startsWith('/') || /^https?:/.test(url)) {
          problems.push(`${file}: ${url} is not relative`);
          continue;
        }
        const path = url.split(/[?#]/)[0] ?? '';
        if (path === '' || !path.match(/\.[a-z0-9]+$/)) problems.push(`${file}: ${url} is not a file`);
        else if (!existsSync(join(dir, dirname(file), path))) problems.push(`${file}: ${url} does not exist`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('leaves out what only the hosted site needs, by the one list in src/site.ts', () => {
    const files = distFiles(dir, dir).map((f) => f.split('\\').join('/'));
    const leaked = files.filter((f) => isHostedOnly(f));
    expect(leaked).toEqual([]);
    for (const name of ['_headers', 'sitemap.xml', 'sw.js', 'charts.json', 'manifest.webmanifest']) expect(files, name).not.toContain(name);
    expect(files.some((f) => /(^|\/)embed\//.test(f) || f.startsWith('pagefind/'))).toBe(false);
  });

  it('shows the archive’s own parts and drops the hosted-only ones on every page', () => {
    for (const file of htmlFiles(dir, dir)) {
      const page = parse(readFileSync(join(dir, file), 'utf8'));
      expect(page.querySelector('html')?.getAttribute('data-edition'), file).toBe('archive');
      expect(page.querySelectorAll('[data-hosted-only], [data-archive-only]').length, file).toBe(0);
    }
    const search = parse(readFileSync(join(dir, 'en/search/index.html'), 'utf8'));
    expect(search.querySelector('[data-offline-search]')?.closest('[hidden]')).toBeNull();
    expect(search.querySelector('[data-search-panel]')).toBeNull();
    const header = parse(readFileSync(join(dir, 'zh/union-reform/index.html'), 'utf8')).querySelector('header');
    expect(header?.querySelector('[data-offline-search-link]')?.getAttribute('href')).toBe('../search/index.html');
  });

  it('carries the figures downloads and a search index for both languages', () => {
    expect(existsSync(join(dir, 'figures.csv'))).toBe(true);
    expect(existsSync(join(dir, 'figures.json'))).toBe(true);
    const index = readFileSync(join(dir, 'search-index.js'), 'utf8');
    expect(index).toMatch(/^window\.STRIVING_SEARCH_INDEX = /);
    expect(index).toContain('zh/stories/taian-yto/index.html');
    expect(index).toContain('en/stories/taian-yto/index.html');
  });
});
