import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePages, articleText, readPage, root, source } from '../support/site';

interface Term { id: string; zh: string; en: string }
const glossary = JSON.parse(readFileSync(join(root, 'content', 'glossary.json'), 'utf8')) as Term[];

describe('the glossary', () => {
  it('names only terms that are in the source', () => {
    expect(glossary.filter((g) => !source.includes(g.zh)).map((g) => g.zh)).toEqual([]);
  });

  it('gives each Chinese term one English rendering', () => {
    const seen = new Map<string, string>();
    for (const g of glossary) {
      expect(seen.get(g.zh) ?? g.en, g.zh).toBe(g.en);
      seen.set(g.zh, g.en);
    }
  });

  it('is followed by the English twin of every page that uses a term', () => {
    const problems: string[] = [];
    let checks = 0;
    // Article pages only: the home, numbers and about pages list labels, not the article's sentences.
    const apostrophes = (text: string) => text.replace(/[’‘]/g, "'").toLowerCase();
    for (const file of articlePages('zh')) {
      let zh = articleText(readPage(`zh/${file}`));
      const en = apostrophes(articleText(readPage(`en/${file}`)));
      // Longest terms first, masked once matched, so 省总工会 inside 山东省总工会 is not asked for separately.
      for (const g of [...glossary].sort((a, b) => b.zh.length - a.zh.length)) {
        if (!zh.includes(g.zh)) continue;
        zh = zh.replaceAll(g.zh, '＿');
        checks += 1;
        if (!en.includes(apostrophes(g.en))) problems.push(`${file}: ${g.zh} → "${g.en}"`);
      }
    }
    console.log(`glossary: ${glossary.length} terms, ${checks} page uses checked`);
    expect(problems).toEqual([]);
  });
});
