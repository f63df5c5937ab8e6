import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/lib/content/mdx';
import { englishStrings, frontMatterStrings, mdxProse, straightQuoteProblem } from '../../../src/lib/content/straight-quotes';

describe('straightQuoteProblem', () => {
  it('refuses a straight apostrophe or double quote, showing where and the curly form', () => {
    expect(straightQuoteProblem("Union mothers' rooms")).toBe(
      `straight quote ' in "Union mothers' rooms": English text takes ’ for an apostrophe and ‘ ’ or “ ” around a quotation ("Union mothers’ rooms")`,
    );
    expect(straightQuoteProblem('the "Lu" cups and Tai\'an')).toMatch(
      /^straight quote " in "the "Lu" cups and…" \(and 2 more\): .*\("the “Lu” cups and…"\)$/,
    );
  });
  it('accepts curly quotes, Chinese and text without quotes', () => {
    expect(straightQuoteProblem('Union mothers’ rooms, the “Lu” cups, ‘Tai’an’')).toBeUndefined();
    expect(straightQuoteProblem('“大国工匠”19名')).toBeUndefined();
  });
});

describe('the English prose of content files', () => {
  it('takes every string under an "en" key, with its field path, but not search aliases', () => {
    const chart = { id: 'c', title: { zh: '标题', en: 'A' }, steps: [{ zh: '一', en: 'B' }], aliases: { en: ["mother's room"] } };
    expect(englishStrings(chart)).toEqual([
      { field: 'title.en', text: 'A' },
      { field: 'steps[0].en', text: 'B' },
    ]);
    expect(englishStrings({ id: 'g', en: 'Term', note: 'Note', aliases: { en: ['x'] } }, ['en', 'note'])).toEqual([
      { field: 'en', text: 'Term' },
      { field: 'note', text: 'Note' },
    ]);
    expect(frontMatterStrings({ title: 'T', related: ['a-b'], order: 3 })).toEqual([
      { field: 'title', text: 'T' },
      { field: 'related[0]', text: 'a-b' },
    ]);
  });
  it('reads an MDX body’s text and string attributes, not its markup', () => {
    const tree = parseMdx(
      '---\ntitle: "X"\n---\n\n<KeyFigures title="By the numbers">\n\n- Workers’ <Fig id="members-new" /> [link](https://example.com/a\'b)\n\n</KeyFigures>\n',
    );
    expect(mdxProse(tree).map((p) => [p.where, p.text, p.line])).toEqual([
      ['<KeyFigures title>', 'By the numbers', 5],
      ['text', 'Workers’ ', 7],
      ['<Fig id>', 'members-new', 7],
      ['text', ' ', 7],
      ['text', 'link', 7],
    ]);
  });
});
