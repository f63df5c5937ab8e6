import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroEnv, removeContentStore, root, runAstro } from '../support/site';

const made: string[] = [];

/**
 * A throwaway copy of the project whose content can be broken without touching ours.
 * `copySrc` copies src/ instead of linking it, for a test that adds a page.
 */
function fixture(breakIt: (content: string, dir: string) => void, copySrc = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'striving-bad-'));
  made.push(dir);
  for (const name of ['public', 'node_modules', 'astro.config.mjs', 'tsconfig.json', 'tailwind.config.ts', 'package.json']) {
    symlinkSync(join(root, name), join(dir, name));
  }
  if (copySrc) cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true });
  else symlinkSync(join(root, 'src'), join(dir, 'src'));
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  breakIt(join(dir, 'content'), dir);
  return dir;
}

function run(dir: string, command: 'build' | 'sync', env: Record<string, string> = { SITE_URL: 'http://localhost:4321' }) {
  const childEnv = astroEnv({ OUT_DIR: join(dir, 'dist'), CONTENT_DIR: join(dir, 'content'), NO_COLOR: '1', ...env });
  // `npm test` sets SITE_URL for its own builds; a test that leaves it out means it unset.
  if (!('SITE_URL' in env)) delete childEnv['SITE_URL'];
  return runAstro([command], { cwd: dir, env: childEnv });
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
const lineOf = (file: string, needle: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

afterAll(() => {
  for (const dir of made) {
    removeContentStore(join(dir, 'content'));
    rmSync(dir, { recursive: true, force: true });
  }
});

// What needs Astro itself: the loaders refuse bad content before a page is written, a build
// without SITE_URL stops, and a failed build leaves the last good site. Each content mistake's
// message is tested against the content index directly (tests/unit/content/content-index.test.ts).
describe('bad input fails the build with the file and the field', () => {
  it('fails `astro sync` on content that carries code, naming the file and line, before anything runs', async () => {
    let line = 0;
    const dir = fixture((content) => {
      const file = join(content, 'stories/en/li-junqi.mdx');
      edit(file, (t) => t.replace(/\n---\n/, '\n---\n\nexport const leaked = process.cwd();\n'));
      line = lineOf(file, 'export const leaked');
    });
    const { status, output } = await run(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain(
      `content/stories/en/li-junqi.mdx:${line}:1: import and export statements are code, and content cannot run code`,
    );
  });

  it('refuses a build without SITE_URL, which would put localhost into every embed code', async () => {
    const dir = fixture(() => {});
    const { status, output } = await run(dir, 'build', {});
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL is not set');
  });

  it('leaves the last good site in place when a build fails half way', async () => {
    const dir = fixture((_, project) => {
      mkdirSync(join(project, 'dist'));
      writeFileSync(join(project, 'dist', 'last-good-build.txt'), 'kept');
      // A page that throws while the pages are being written, after Astro has begun its output.
      writeFileSync(join(project, 'src/pages/zz-broken.astro'), '---\nthrow new Error("this page cannot render");\n---\n');
    }, true);
    const { status, output } = await run(dir, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('this page cannot render');
    expect(readdirSync(join(dir, 'dist'))).toEqual(['last-good-build.txt']);
    expect(existsSync(join(dir, 'dist', 'chunks'))).toBe(false);
  });
});
