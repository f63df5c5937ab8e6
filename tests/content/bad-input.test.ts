import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroEnv, root, runAstro } from '../support/site';

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
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('bad input fails the build with the file and the field', () => {
  it('fails `astro build` when a page exists in one language only', async () => {
    const dir = fixture((content) => unlinkSync(join(content, 'stories/en/zhang-jun.mdx')));
    const { status, output } = await run(dir, 'build');
    expect(status).not.toBe(0);
    expect(output).toContain('content/stories/zh/zhang-jun.mdx');
    expect(output).toContain('stories/en/zhang-jun.mdx');
  });

  it('fails on front matter that breaks the schema, naming the entry and field', async () => {
    const dir = fixture((content) => edit(join(content, 'sections/en/union-reform.mdx'), (t) => t.replace(/^order: \d+$/m, 'order: five')));
    const { status, output } = await run(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/en\/union-reform/);
    expect(output).toMatch(/order/);
  });

  it('fails on an unknown figure id in a page, naming the file and the line counted from the top', async () => {
    let line = 0;
    const dir = fixture((content) => {
      const file = join(content, 'stories/zh/taian-yto.mdx');
      edit(file, (t) => t.replace(/<Fig id="[^"]+"/, '<Fig id="no-such-figure"'));
      line = lineOf(file, 'no-such-figure');
    });
    const { status, output } = await run(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain(`content/stories/zh/taian-yto.mdx:${line}: <Fig id="no-such-figure"> names an unknown figure`);
  });

  it('reads an id in single quotes like one in double quotes', async () => {
    let line = 0;
    const dir = fixture((content) => {
      const file = join(content, 'sections/en/union-reform.mdx');
      edit(file, (t) => t.replace('<Fig id="members-new" />', "<Fig id='members-nw' />"));
      line = lineOf(file, 'members-nw');
    });
    const { status, output } = await run(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain(`content/sections/en/union-reform.mdx:${line}: <Fig id="members-nw"> names an unknown figure`);
  });

  it('fails on an unknown figure in front matter, on the line of the field', async () => {
    let line = 0;
    const dir = fixture((content) => {
      const file = join(content, 'stories/en/li-junqi.mdx');
      edit(file, (t) => t.replace(/^related: .*$/m, 'related: [made-up]'));
      line = lineOf(file, 'related:');
    });
    const { status, output } = await run(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain(`content/stories/en/li-junqi.mdx:${line}: field "related": unknown figure "made-up"`);
  });

  it('fails on a ledger value that does not match its quote', async () => {
    const dir = fixture((content) => edit(join(content, 'figures.json'), (t) => t.replace('"value": 4894000', '"value": 4900000')));
    const { status, output } = await run(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/figures\.json:\d+: figure "members-new": field "value" is 4900000/);
  });

  it('fails on a duplicate figure id instead of keeping one of the two numbers', async () => {
    // A copied entry whose id was left unchanged: the site once printed 319万 as "new union members".
    const dir = fixture((content) =>
      edit(join(content, 'figures.json'), (t) => {
        const figures = JSON.parse(t) as { id: string }[];
        const migrant = figures.find((f) => f.id === 'members-migrant');
        return `${JSON.stringify([...figures, { ...migrant, id: 'members-new' }], null, 2)}\n`;
      }),
    );
    const { status, output } = await run(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/figures\.json:\d+: field "id": "members-new" is used 2 times/);
  });

  it('fails on a glossary that is not valid JSON, naming the line', async () => {
    let line = 0;
    const dir = fixture((content) => {
      const file = join(content, 'glossary.json');
      edit(file, (t) => t.replace(/\}\s*\]\s*$/, '},\n]\n'));
      line = readFileSync(file, 'utf8').trimEnd().split('\n').length;
    });
    const { status, output } = await run(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain(`content/glossary.json:${line}:1: invalid JSON`);
    // The one cause is reported, not every topic term that an unreadable glossary leaves unknown.
    expect(output).not.toContain('unknown glossary term');
  });

  it('refuses a chart placed inside a story, saying why', async () => {
    const dir = fixture((content) => edit(join(content, 'stories/zh/taian-yto.mdx'), (t) => `${t}\n<Chart id="taian-yto" />\n`));
    const { status, output } = await run(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/stories\/zh\/taian-yto\.mdx:\d+:1: <Chart> cannot be placed in a story/);
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
