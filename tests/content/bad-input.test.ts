import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroEnv, root } from '../support/site';

const made: string[] = [];

/** A throwaway copy of the project whose content can be broken without touching ours. */
function fixture(breakIt: (content: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'striving-bad-'));
  made.push(dir);
  for (const name of ['src', 'public', 'node_modules', 'astro.config.mjs', 'tsconfig.json', 'tailwind.config.ts', 'package.json']) {
    symlinkSync(join(root, name), join(dir, name));
  }
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  breakIt(join(dir, 'content'));
  return dir;
}

function run(dir: string, command: 'build' | 'sync') {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/astro.js'), command], {
    cwd: dir, encoding: 'utf8', env: astroEnv({ OUT_DIR: join(dir, 'dist'), CONTENT_DIR: join(dir, 'content'), NO_COLOR: '1' }),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('bad input fails the build with the file and the field', () => {
  it('fails `astro build` when a page exists in one language only', () => {
    const dir = fixture((content) => unlinkSync(join(content, 'stories/en/zhang-jun.mdx')));
    const { status, output } = run(dir, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('content/stories/zh/zhang-jun.mdx');
    expect(output).toContain('stories/en/zhang-jun.mdx');
  });

  it('fails on front matter that breaks the schema, naming the entry and field', () => {
    const dir = fixture((content) => edit(join(content, 'sections/en/union-reform.mdx'), (t) => t.replace(/^order: \d+$/m, 'order: five')));
    const { status, output } = run(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/en\/union-reform/);
    expect(output).toMatch(/order/);
  });

  it('fails on an unknown figure id in a page, naming the file and line', () => {
    const dir = fixture((content) => edit(join(content, 'stories/zh/taian-yto.mdx'), (t) => t.replace(/<Fig id="[^"]+"/, '<Fig id="no-such-figure"')));
    const { status, output } = run(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/stories\/zh\/taian-yto\.mdx:\d+: <Fig id="no-such-figure">/);
  });

  it('fails on an unknown figure in front matter', () => {
    const dir = fixture((content) => edit(join(content, 'stories/en/li-junqi.mdx'), (t) => t.replace(/^related: .*$/m, 'related: [made-up]')));
    const { status, output } = run(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/stories\/en\/li-junqi\.mdx: field "related": unknown figure "made-up"/);
  });

  it('fails on a ledger value that does not match its quote', () => {
    const dir = fixture((content) => edit(join(content, 'figures.json'), (t) => t.replace('"value": 4894000', '"value": 4900000')));
    const { status, output } = run(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/figures\.json/);
    expect(output).toMatch(/field "value" is 4900000/);
  });
});
