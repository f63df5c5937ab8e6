import { describe, expect, it } from 'vitest';
import { formatError } from '../../../src/lib/content/json-file';
import { indexMdx, partsText } from '../../../src/lib/content/mdx';

const all = new Set(['Fig', 'Story', 'Chart', 'Caption', 'KeyFigures']);
const file = (body: string) => `---\ntitle: x\norder: 1\n---\n\n${body}`;

describe('indexMdx', () => {
  it('reads blocks in order, with figures, stories and charts, counting lines from the top of the file', () => {
    const { blocks, errors } = indexMdx(
      file('<Caption>图片</Caption>\n\n发展会员<Fig id="members-new" />人。\n\n<Story id="li-junqi" />\n\n<Chart id="organising" />\n'),
      'a.mdx',
      all,
    );
    expect(errors).toEqual([]);
    expect(blocks.map((b) => [b.kind, b.line, b.ref])).toEqual([
      ['caption', 6, undefined],
      ['paragraph', 8, undefined],
      ['story', 10, 'li-junqi'],
      ['chart', 12, 'organising'],
    ]);
    expect(partsText(blocks[1]?.parts ?? [], (id) => `[${id}]`)).toBe('发展会员[members-new]人。');
  });
  it('reads the 数说 box: headings and list items inside <KeyFigures>', () => {
    const { blocks } = indexMdx(file('<KeyFigures title="数说">\n\n### 加强\n\n- 一<Fig id="a" />\n- 二\n\n</KeyFigures>\n'), 'a.mdx', all);
    expect(blocks.map((b) => [b.kind, b.inBox])).toEqual([
      ['heading', true],
      ['item', true],
      ['item', true],
    ]);
  });
  it('reads ids in single quotes like double quotes', () => {
    const { blocks } = indexMdx(file("人数<Fig id='members-nw' />。"), 'a.mdx', all);
    expect(blocks[0]?.parts).toEqual(['人数', { fig: 'members-nw' }, '。']);
  });
  it('refuses a component the folder does not allow, with the reason, file and line', () => {
    const { errors } = indexMdx(file('文字\n\n<Chart id="organising" />\n'), 'content/stories/zh/x.mdx', new Set(['Fig', 'Caption']), {
      Chart: 'cannot be placed in a story',
    });
    expect(errors.map(formatError)).toEqual([
      'content/stories/zh/x.mdx:8:1: <Chart> cannot be placed in a story (allowed: <Fig>, <Caption>)',
    ]);
  });
  it('refuses unknown components, missing ids and expression ids', () => {
    const { errors } = indexMdx(file('<Figure id="a" /> <Fig /> <Fig id={x} />'), 'a.mdx', all);
    expect(errors.map((e) => e.message)).toEqual([
      '<Figure> is not a known component (allowed: <Fig>, <Story>, <Chart>, <Caption>, <KeyFigures>)',
      '<Fig>: attribute "id" is missing',
      '<Fig>: attribute "id" must be a quoted string',
      '<Fig>: attribute "id" is missing',
    ]);
  });
  it('reports MDX syntax errors with the line in the file', () => {
    const { errors } = indexMdx(file('<Caption>未闭合\n\n文字'), 'a.mdx', all);
    expect(errors[0]?.line).toBeGreaterThanOrEqual(6);
    expect(errors[0]?.message).toMatch(/MDX syntax/);
  });
  it('refuses code: import and export statements and {expressions}, naming the line (they would run at build time)', () => {
    const { errors } = indexMdx(
      file(
        'export const leaked = (await import("node:fs")).readFileSync("/etc/hostname", "utf8");\n\n文字{process.cwd()}。\n\n{process.env.SITE_URL}\n\nimport X from "node:os";\n',
      ),
      'content/stories/en/x.mdx',
      all,
    );
    expect(errors.map((e) => [e.line, e.message.split(':')[0]])).toEqual([
      [6, 'import and export statements are code, and content cannot run code'],
      [8, '{process.cwd()} is an expression, and content cannot run code'],
      [10, '{process.env.SITE_URL} is an expression, and content cannot run code'],
      [12, 'import and export statements are code, and content cannot run code'],
    ]);
  });
  it('prints escaped braces as text, which is not code', () => {
    const { blocks, errors } = indexMdx(file('集合\\{一\\}'), 'a.mdx', all);
    expect(errors).toEqual([]);
    expect(blocks[0]?.parts).toEqual(['集合{一}']);
  });
  it('links only to the web, mail and the site itself', () => {
    const { errors } = indexMdx(
      file(
        '[a](javascript:alert(1)) [b](https://example.org/) [c](/zh/about/) [d](#p3) [e](mailto:x@example.org) [f](data:text/html,x) [g](JAVASCRIPT:void(0))\n\n[h]: vbscript:x\n',
      ),
      'a.mdx',
      all,
    );
    expect(errors.map((e) => [e.line, e.message.replace(/": only.*/, '')])).toEqual([
      [6, 'link to "javascript:alert(1)'],
      [6, 'link to "data:text/html,x'],
      [6, 'link to "JAVASCRIPT:void(0)'],
      [8, 'link to "vbscript:x'],
    ]);
  });
  it('refuses images: a relative image path is compiled as an import', () => {
    const { errors } = indexMdx(file('文字![x](./.p.mjs)\n\n![y][ref]\n\n[ref]: ./other.mjs\n'), 'a.mdx', all);
    expect(errors.map((e) => [e.line, e.message.startsWith('images are not part of this edition')])).toEqual([
      [6, true],
      [8, true],
    ]);
  });
  it('reads GFM as the compiler does, so a link inside a footnote is checked too', () => {
    const { errors } = indexMdx(file('Text[^1]\n\n[^1]: [x](javascript:alert(1))\n'), 'a.mdx', all);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^link to "javascript:alert\(1\)"/)]);
  });
  it('allows each component only its own attribute', () => {
    const { errors } = indexMdx(
      file('<Chart id="organising" headingLevel="2/onclick=alert(1)" />\n\n文字<Fig id="a" at="p1" />'),
      'a.mdx',
      all,
    );
    expect(errors.map((e) => e.message)).toEqual([
      '<Chart>: attribute "headingLevel" is not allowed (only id)',
      '<Fig>: attribute "at" is not allowed (only id)',
    ]);
  });
});
