import { describe, expect, it } from 'vitest';
import { formatError } from '../../../src/lib/content/json-file';
import { readFrontMatter } from '../../../src/lib/content/front-matter';

const f = 'content/sections/zh/x.mdx';

describe('readFrontMatter', () => {
  it('reads the fields and the line of each', () => {
    const fm = readFrontMatter('---\ntitle: 标题\norder: 2\nrelated: [a, b]\n---\n\n正文\n', f);
    expect(fm.errors).toEqual([]);
    expect(fm.data).toEqual({ title: '标题', order: 2, related: ['a', 'b'] });
    expect(fm.lineOf('related')).toBe(4);
    expect(fm.lineOf('正文')).toBeUndefined();
  });
  it('names a byte-order mark instead of blaming the other language', () => {
    expect(readFrontMatter('\ufeff---\ntitle: x\n---\n', f).errors.map(formatError)).toEqual([
      `${f}:1: starts with a byte-order mark (U+FEFF), which hides the front matter: save the file as UTF-8 without BOM`,
    ]);
  });
  it('says when the front matter is never closed', () => {
    expect(readFrontMatter('---\ntitle: x\n--\n\n正文\n', f).errors[0]?.message).toMatch(/never closed/);
  });
  it('puts a duplicate key on its own line and names it', () => {
    expect(readFrontMatter('---\ntitle: a\norder: 1\ntitle: b\n---\n', f).errors.map(formatError)).toEqual([
      `${f}:4: front matter: field "title" is given twice`,
    ]);
  });
  it('places a YAML syntax error on the line of the file', () => {
    const { errors } = readFrontMatter('---\ntitle: a\nrelated: [a, b\n---\n', f);
    expect(errors[0]?.line).toBeGreaterThanOrEqual(3);
    expect(errors[0]?.message).toMatch(/^front matter: /);
  });
  it('reads a folded block and a bare date as Astro does', () => {
    const fm = readFrontMatter('---\ndescription: >\n  one\n  two\nwhen: 2019-05-01\n---\n', f);
    expect(fm.errors).toEqual([]);
    expect(fm.data).toEqual({ description: 'one two\n', when: new Date('2019-05-01') });
    expect(fm.lineOf('when')).toBe(5);
  });
});
