import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import { articlePages, articleText, readPage, root, source } from '../support/site';

interface Term {
  id: string;
  zh: string;
  en: string;
}
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

  it('is followed in every other text with two languages: front matter, ledger labels, chart texts, topics', () => {
    const pairs = bilingualTexts();
    const problems: string[] = [];
    let checks = 0;
    const norm = (text: string) => text.replace(/[’‘]/g, "'").toLowerCase();
    for (const { where, zh: zhText, en } of pairs) {
      let zh = zhText;
      for (const g of [...glossary].sort((a, b) => b.zh.length - a.zh.length)) {
        if (!zh.includes(g.zh)) continue;
        zh = zh.replaceAll(g.zh, '＿');
        checks += 1;
        if (!norm(en).includes(norm(g.en))) problems.push(`${where}: ${g.zh} → "${g.en}" not in "${en}"`);
      }
    }
    console.log(`glossary: ${pairs.length} paired texts, ${checks} term uses checked`);
    expect(checks).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});

interface Paired {
  where: string;
  zh: string;
  en: string;
}

/** Every short text the content holds in both languages, paired: what a term may appear in besides the article. */
function bilingualTexts(): Paired[] {
  const json = <T>(name: string) => JSON.parse(readFileSync(join(root, 'content', name), 'utf8')) as T;
  const out: Paired[] = [];
  const add = (where: string, zh: unknown, en: unknown) => {
    if (typeof zh === 'string' && typeof en === 'string') out.push({ where, zh, en });
  };
  for (const f of json<{ id: string; zh: { label: string }; en: { label: string } }[]>('figures.json'))
    add(`figures.json ${f.id} label`, f.zh.label, f.en.label);
  const walk = (where: string, node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o['zh'] === 'string' && typeof o['en'] === 'string') add(where, o['zh'], o['en']);
    for (const [k, v] of Object.entries(o)) if (k !== 'zh' && k !== 'en') walk(`${where}.${k}`, v);
  };
  for (const c of json<{ id: string }[]>('charts.json')) walk(`charts.json ${c.id}`, c);
  for (const t of json<{ id: string }[]>('topics.json')) walk(`topics.json ${t.id}`, t);
  for (const dir of ['sections', 'stories', 'pages']) {
    for (const name of readdirSync(join(root, 'content', dir, 'zh'))) {
      const front = (lang: string) =>
        parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, 'content', dir, lang, name), 'utf8'))?.[1] ?? '') as Record<
          string,
          unknown
        >;
      const zh = front('zh');
      const en = front('en');
      for (const key of Object.keys(zh)) add(`${dir}/${name} ${key}`, zh[key], en[key]);
    }
  }
  return out;
}
