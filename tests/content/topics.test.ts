import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { articlePages, distDir, readPage, root, squash } from '../support/site';

interface Topic {
  id: string;
  terms: string[];
}
interface Term {
  id: string;
  zh: string;
}
const topics = JSON.parse(readFileSync(join(root, 'content', 'topics.json'), 'utf8')) as Topic[];
const glossary = new Map((JSON.parse(readFileSync(join(root, 'content', 'glossary.json'), 'utf8')) as Term[]).map((g) => [g.id, g]));

const text = (el: HTMLElement) => {
  const copy = el.clone() as HTMLElement;
  // Note markers and the link to the other language's paragraph are the page's, not the text's.
  for (const el of copy.querySelectorAll('sup.note-ref, [data-editorial]')) el.remove();
  return squash(copy.textContent);
};

/** Every source paragraph of the article in one language, by its anchor (each once, from its own page). */
function paragraphs(lang: 'zh' | 'en'): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of articlePages(lang)) {
    for (const p of readPage(`${lang}/${file}`).querySelectorAll('main [data-para][id]')) if (!out.has(p.id)) out.set(p.id, text(p));
  }
  return out;
}
const zhParagraphs = paragraphs('zh');
const enParagraphs = paragraphs('en');

describe.each(topics)('the topic page $id', (topic) => {
  // The article mentions a topic where one of its terms appears in the Chinese, the verbatim source.
  const words = topic.terms.map((id) => glossary.get(id)?.zh ?? '');
  const line = (anchor: string) => Number(anchor.slice(1));
  const expected = [...zhParagraphs]
    .filter(([, t]) => words.some((w) => w && t.includes(w)))
    .map(([id]) => id)
    .sort((a, b) => line(a) - line(b));

  it.each(['zh', 'en'] as const)('in %s quotes every paragraph that names it, and links each to its place', (lang) => {
    expect(words.every(Boolean), `${topic.id}: unknown glossary term`).toBe(true);
    const page = readPage(`${lang}/topics/${topic.id}/index.html`);
    const passages = page.querySelectorAll('[data-topic-passage]');
    expect(passages.map((p) => p.getAttribute('data-topic-passage'))).toEqual(expected);
    const own = lang === 'zh' ? zhParagraphs : enParagraphs;
    for (const passage of passages) {
      const id = passage.getAttribute('data-topic-passage') ?? '';
      const quote = passage.querySelector('blockquote');
      expect(quote && text(quote), `${topic.id} #${id}`).toBe(own.get(id));
      const href = passage.querySelector('a')?.getAttribute('href') ?? '';
      expect(href.endsWith(`#${id}`), href).toBe(true);
      const target = join(distDir, href.split('#')[0] ?? '', 'index.html');
      expect(existsSync(target), href).toBe(true);
      expect(readFileSync(target, 'utf8')).toContain(`id="${id}"`);
    }
  });
});
