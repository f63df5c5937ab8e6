// The content index against broken copies of the real content: each authoring mistake fails
// with the file, the line and the field, and a message that names its own cause. These read
// files only, so they are unit tests; what needs a whole build is in tests/content/bad-input.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentErrorReport } from '../../../src/lib/content/json-file';
import { buildContentIndex } from '../../../src/utils/content-index';

const root = join(import.meta.dirname, '..', '..', '..');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of content/ broken by `breakIt`; resolves to the index's error report ('' when clean). */
function reportFor(breakIt: (content: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'striving-index-'));
  made.push(dir);
  const content = join(dir, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  breakIt(content);
  return contentErrorReport(buildContentIndex(content).errors) ?? '';
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
const lineOf = (file: string, needle: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;

describe('the content index refuses authoring mistakes, naming the file, line and field', () => {
  it('accepts the real content', () => {
    expect(reportFor(() => {})).toBe('');
  });

  it('a page in one language only', () => {
    const report = reportFor((c) => unlinkSync(join(c, 'stories/en/zhang-jun.mdx')));
    expect(report).toMatch(/content\/stories\/zh\/zhang-jun\.mdx: has no counterpart; create .*content\/stories\/en\/zhang-jun\.mdx/);
  });

  it('front matter that breaks the schema', () => {
    let line = 0;
    const report = reportFor((c) => {
      const file = join(c, 'sections/en/union-reform.mdx');
      edit(file, (t) => t.replace(/^order: \d+$/m, 'order: five'));
      line = lineOf(file, 'order:');
    });
    expect(report).toContain(`content/sections/en/union-reform.mdx:${line}: field "order": Expected number, received string`);
  });

  it('a list written as a string: one error on its line, not one per letter', () => {
    let line = 0;
    const report = reportFor((c) => {
      const file = join(c, 'stories/en/li-junqi.mdx');
      edit(file, (t) => t.replace(/^related: .*$/m, 'related: lectures-events'));
      line = lineOf(file, 'related:');
    });
    expect(report).toContain(`content/stories/en/li-junqi.mdx:${line}: field "related": Expected array, received string`);
    expect(report).not.toContain('unknown figure "l"');
  });

  it('a byte-order mark, named as such instead of blaming the other language', () => {
    const report = reportFor((c) => edit(join(c, 'sections/zh/conclusion.mdx'), (t) => `\ufeff${t}`));
    expect(report).toContain('content/sections/zh/conclusion.mdx:1: starts with a byte-order mark (U+FEFF)');
    expect(report).not.toContain('sections/en/conclusion.mdx');
  });

  it('a YAML key given twice, on its own line', () => {
    let line = 0;
    const report = reportFor((c) => {
      const file = join(c, 'sections/en/union-reform.mdx');
      edit(file, (t) => t.replace(/^(order: .*)$/m, '$1\ntitle: Again'));
      line = lineOf(file, 'title: Again');
    });
    expect(report).toContain(`content/sections/en/union-reform.mdx:${line}: front matter: field "title" is given twice`);
  });

  it('front matter that is never closed', () => {
    const report = reportFor((c) => edit(join(c, 'stories/en/li-junqi.mdx'), (t) => t.replace(/\n---\n/, '\n--\n')));
    expect(report).toContain('content/stories/en/li-junqi.mdx:1: the front matter opened on line 1 is never closed');
  });

  it('a blank title (U+3000 only)', () => {
    const report = reportFor((c) => edit(join(c, 'stories/en/zhang-jun.mdx'), (t) => t.replace(/^title: .*$/m, 'title: "\u3000"')));
    expect(report).toMatch(/content\/stories\/en\/zhang-jun\.mdx:2: field "title": must not be blank/);
  });

  it('a date where the schema wants text, on the line of the field, and a folded description that is fine', () => {
    let line = 0;
    const report = reportFor((c) => {
      const file = join(c, 'stories/en/zhang-jun.mdx');
      // Folded without its YAML quotes: inside a folded block they would be text, straight quotes the check refuses.
      edit(file, (t) => t.replace(/^when: .*$/m, 'when: 2019-05-01').replace(/^description: "(.*)"$/m, 'description: >\n  $1'));
      line = lineOf(file, 'when:');
    });
    expect(report).toContain(`content/stories/en/zhang-jun.mdx:${line}: field "when": Expected string, received date`);
    expect(report).not.toContain('field "description"');
  });

  it('control characters in a figure label, with their code points', () => {
    const report = reportFor((c) =>
      edit(join(c, 'figures.json'), (t) => t.replace(/("id": "members-new",[\s\S]*?"label": ")/, '$1\\u0000\\u001b')),
    );
    expect(report).toMatch(
      /content\/figures\.json:\d+: figure "members-new": field "zh\.label": contains invisible characters \(U\+0000, U\+001B\)/,
    );
  });

  it('an unknown figure id in a page, on the line counted from the top of the file', () => {
    let line = 0;
    const report = reportFor((c) => {
      const file = join(c, 'stories/zh/taian-yto.mdx');
      edit(file, (t) => t.replace(/<Fig id="[^"]+"/, '<Fig id="no-such-figure"'));
      line = lineOf(file, 'no-such-figure');
    });
    expect(report).toContain(`content/stories/zh/taian-yto.mdx:${line}: <Fig id="no-such-figure"> names an unknown figure`);
  });

  it('an id in single quotes, read like one in double quotes', () => {
    let line = 0;
    const report = reportFor((c) => {
      const file = join(c, 'sections/en/union-reform.mdx');
      edit(file, (t) => t.replace('<Fig id="members-new" />', "<Fig id='members-nw' />"));
      line = lineOf(file, 'members-nw');
    });
    expect(report).toContain(`content/sections/en/union-reform.mdx:${line}: <Fig id="members-nw"> names an unknown figure`);
  });

  it('an unknown figure in front matter, on the line of the field', () => {
    let line = 0;
    const report = reportFor((c) => {
      const file = join(c, 'stories/en/li-junqi.mdx');
      edit(file, (t) => t.replace(/^related: .*$/m, 'related: [made-up]'));
      line = lineOf(file, 'related:');
    });
    expect(report).toContain(`content/stories/en/li-junqi.mdx:${line}: field "related": unknown figure "made-up"`);
  });

  it('a ledger value that does not match its quote', () => {
    const report = reportFor((c) => edit(join(c, 'figures.json'), (t) => t.replace('"value": 4894000', '"value": 4900000')));
    expect(report).toMatch(/content\/figures\.json:\d+: figure "members-new": field "value" is 4900000/);
  });

  it('a duplicate figure id, instead of keeping one of the two numbers', () => {
    // A copied entry whose id was left unchanged: the site once printed 319万 as "new union members".
    const report = reportFor((c) =>
      edit(join(c, 'figures.json'), (t) => {
        const figures = JSON.parse(t) as { id: string }[];
        const migrant = figures.find((f) => f.id === 'members-migrant');
        return `${JSON.stringify([...figures, { ...migrant, id: 'members-new' }], null, 2)}\n`;
      }),
    );
    expect(report).toMatch(/content\/figures\.json:\d+: field "id": "members-new" is used 2 times/);
  });

  it('a glossary that is not valid JSON, naming the line, and nothing that follows from it', () => {
    let line = 0;
    const report = reportFor((c) => {
      const file = join(c, 'glossary.json');
      edit(file, (t) => t.replace(/\}\s*\]\s*$/, '},\n]\n'));
      line = readFileSync(file, 'utf8').trimEnd().split('\n').length;
    });
    expect(report).toContain(`content/glossary.json:${line}:1: invalid JSON`);
    expect(report).not.toContain('unknown glossary term');
  });

  it('a chart placed inside a story, saying why', () => {
    const report = reportFor((c) => edit(join(c, 'stories/zh/taian-yto.mdx'), (t) => `${t}\n<Chart id="taian-yto" />\n`));
    expect(report).toMatch(/content\/stories\/zh\/taian-yto\.mdx:\d+:1: <Chart> cannot be placed in a story/);
  });

  it('code in content: an export statement and an expression (they would run at build time)', () => {
    let line = 0;
    const report = reportFor((c) => {
      const file = join(c, 'stories/en/li-junqi.mdx');
      edit(file, (t) =>
        t.replace(/\n---\n/, '\n---\n\nexport const leaked = (await import("node:fs")).readFileSync("/etc/hostname", "utf8");\n'),
      );
      edit(file, (t) => t.replace(/He said the ideological/, '{process.cwd()} He said the ideological'));
      line = lineOf(file, 'export const leaked');
    });
    expect(report).toContain(
      `content/stories/en/li-junqi.mdx:${line}:1: import and export statements are code, and content cannot run code`,
    );
    expect(report).toMatch(
      /content\/stories\/en\/li-junqi\.mdx:\d+:\d+: \{process\.cwd\(\)\} is an expression, and content cannot run code/,
    );
  });

  it('a link with a javascript: URL', () => {
    const report = reportFor((c) =>
      edit(join(c, 'stories/en/li-junqi.mdx'), (t) =>
        t.replace(/He said the ideological/, 'He [said](javascript:alert(document.domain)) the ideological'),
      ),
    );
    expect(report).toMatch(
      /content\/stories\/en\/li-junqi\.mdx:\d+:\d+: link to "javascript:alert\(document\.domain\)": only http:, https:/,
    );
  });

  it('a story saved as .md, which nothing would read', () => {
    const report = reportFor((c) => {
      for (const lang of ['zh', 'en']) cpSync(join(c, `stories/${lang}/zhang-jun.mdx`), join(c, `stories/${lang}/chen-wenbin-2.md`));
    });
    expect(report).toContain('content/stories/zh/chen-wenbin-2.md: only .mdx files are read here');
    expect(report).toContain('content/stories/en/chen-wenbin-2.md: only .mdx files are read here');
  });

  it('a Chinese paragraph that is no longer verbatim (an invisible U+200B), which would lose its anchor', () => {
    let line = 0;
    const report = reportFor((c) => {
      const file = join(c, 'sections/zh/union-reform.mdx');
      edit(file, (t) => t.replace('全省新建', '全省新建\u200b'));
      line = lineOf(file, '全省新建');
    });
    expect(report).toContain(`content/sections/zh/union-reform.mdx:${line}: this paragraph is not verbatim in content/source.txt`);
  });

  it('an invisible character inside a glossary term, which would never match', () => {
    const report = reportFor((c) =>
      edit(join(c, 'glossary.json'), (t) => {
        const glossary = JSON.parse(t) as { id: string; zh: string }[];
        const federation = glossary.find((g) => g.id === 'provincial-federation');
        if (federation) federation.zh = `省\u200d总工会`;
        return `${JSON.stringify(glossary, null, 2)}\n`;
      }),
    );
    expect(report).toMatch(
      /content\/glossary\.json:\d+: glossary term "provincial-federation": field "zh": contains invisible characters \(U\+200D\)/,
    );
  });

  it('a glossary term whose Chinese never occurs, and an explained term no page mentions', () => {
    const report = reportFor((c) =>
      edit(join(c, 'glossary.json'), (t) => {
        const glossary = JSON.parse(t) as object[];
        glossary.push({ id: 'xyzzy', kind: 'term', zh: '不存在的词', en: 'nonexistent term xyzzy', explain: { en: 'Never shown.' } });
        return `${JSON.stringify(glossary, null, 2)}\n`;
      }),
    );
    expect(report).toMatch(/glossary term "xyzzy": field "zh": "不存在的词" never appears in content\/source\.txt/);
    expect(report).toMatch(/glossary term "xyzzy": field "explain\.en": "nonexistent term xyzzy" is found in no en paragraph/);
  });

  it('a topic whose terms no paragraph names, which would be an empty page', () => {
    const report = reportFor((c) => {
      edit(join(c, 'glossary.json'), (t) => {
        const glossary = JSON.parse(t) as object[];
        return `${JSON.stringify([...glossary, { id: 'not-in-article', kind: 'term', zh: '不存在的词', en: 'nonexistent term' }], null, 2)}\n`;
      });
      edit(join(c, 'topics.json'), (t) => {
        const topics = JSON.parse(t) as object[];
        return `${JSON.stringify([...topics, { id: 'empty-topic', title: { zh: '空', en: 'Empty' }, terms: ['not-in-article'] }], null, 2)}\n`;
      });
    });
    expect(report).toMatch(/content\/topics\.json:\d+: topic "empty-topic": field "terms": no paragraph of the article names any of them/);
  });

  it("straight quotes in English prose: a ledger label, a glossary note, a page's text and front matter and a box title", () => {
    const lines: Record<string, number> = {};
    const report = reportFor((c) => {
      edit(join(c, 'figures.json'), (t) => t.replace('"label": "New union members"', `"label": "New union members (the unions' count)"`));
      lines.figures = lineOf(join(c, 'figures.json'), "unions' count");
      edit(join(c, 'glossary.json'), (t) => t.replace(/("id": "taian-yto-union",[\s\S]*?"note": ")/, `$1Say \\"Tai'an\\": `));
      lines.glossary = lineOf(join(c, 'glossary.json'), `Say \\"Tai'an\\"`);
      const page = join(c, 'sections/en/union-reform.mdx');
      edit(page, (t) =>
        t
          .replace('navTitle: "Union reform and development"', `navTitle: "Union reform and the unions' development"`)
          // The body only (the description repeats the paragraph, in YAML quotes of its own).
          .replace(/\n---\n[\s\S]*/, (body) =>
            body
              .replace('on building “small three-level” unions. These', 'on building "small three-level" unions. These')
              .replace('in non-public enterprises and', "in non-public enterprises' workplaces and"),
          ),
      );
      lines.navTitle = lineOf(page, 'navTitle:');
      lines.body = lineOf(page, '<Fig id="union-orgs-new"');
      const intro = join(c, 'sections/en/introduction.mdx');
      edit(intro, (t) => t.replace('<KeyFigures title="By the numbers">', `<KeyFigures title="The article's numbers">`));
      lines.box = lineOf(intro, '<KeyFigures');
    });
    expect(report).toContain(
      `content/figures.json:${lines.figures}: figure "members-new": field "en.label": straight quote ' in "…members (the unions' count)": English text takes ’ for an apostrophe and ‘ ’ or “ ” around a quotation ("…members (the unions’ count)")`,
    );
    expect(report).toContain(
      `content/glossary.json:${lines.glossary}: glossary term "taian-yto-union": field "note": straight quote " in "Say "Tai'an":`,
    );
    expect(report).toContain(
      `content/sections/en/union-reform.mdx:${lines.navTitle}: field "navTitle": straight quote ' in "…reform and the unions' development"`,
    );
    // One message per text: the first straight quote, with a count of the rest.
    expect(report).toContain(
      `content/sections/en/union-reform.mdx:${lines.body}: text: straight quote ' in "…non-public enterprises' workplaces…" (and 2 more)`,
    );
    expect(report).toContain(
      `content/sections/en/introduction.mdx:${lines.box}: <KeyFigures title>: straight quote ' in "The article's numbers"`,
    );
    // Markup is not prose: YAML and JSX attribute quotes, and the Chinese twin's “ ”, pass.
    expect(report).not.toMatch(/zh\/union-reform|field "title"|field "order"/);
  });

  it('straight quotes in charts.json, which fail the build like any other file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'striving-index-'));
    made.push(dir);
    const content = join(dir, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    edit(join(content, 'charts.json'), (t) => t.replace(/("en": ")([^"]*)(")/, '$1\\"$2\\"$3'));
    expect(contentErrorReport(buildContentIndex(content).errors)).toMatch(
      /charts\.json:\d+: chart "[a-z0-9-]+": field "[a-z.[\]0-9]+": straight quote " in /m,
    );
  });

  it("a story chart that does not exist, is not the story's, or differs between the languages", () => {
    let line = 0;
    const unknown = reportFor((c) => {
      const file = join(c, 'stories/zh/taian-yto.mdx');
      edit(file, (t) => t.replace(/^chart: .*$/m, 'chart: no-such-chart'));
      line = lineOf(file, 'chart:');
    });
    expect(unknown).toContain(
      `content/stories/zh/taian-yto.mdx:${line}: field "chart": unknown chart "no-such-chart" (content/charts.json)`,
    );
    const notIts = reportFor((c) => {
      for (const lang of ['zh', 'en'])
        edit(join(c, `stories/${lang}/taian-yto.mdx`), (t) => t.replace(/^chart: .*$/m, 'chart: organising'));
    });
    expect(notIts).toMatch(
      /content\/stories\/zh\/taian-yto\.mdx:\d+: field "chart": chart "organising" draws none of the story's related figures/,
    );
    const differs = reportFor((c) => edit(join(c, 'stories/en/taian-yto.mdx'), (t) => t.replace(/^chart: .*\n/m, '')));
    expect(differs).toMatch(/content\/stories\/en\/taian-yto\.mdx:1: field "chart": no chart but its Chinese twin declares "taian-yto"/);
  });
});
