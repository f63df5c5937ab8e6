import { bestHighlight, passageUrl } from '../../lib/search-query';
import type { PagefindResultData } from './pagefind';

/** Fills the text of a UI string's {placeholders}. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/**
 * One result: title, kind and section, and the highlighted excerpt. The link opens the
 * passage: Pagefind's best heading anchor plus a text fragment of the first match.
 */
function renderResult(doc: Document, data: PagefindResultData, strings: Record<string, string>): HTMLLIElement {
  const best = data.sub_results.find((sub) => sub.url.includes('#')) ?? data.sub_results[0];
  const excerpt = best?.excerpt || data.excerpt;
  const url = data.url.includes(':~:') ? data.url : passageUrl(best?.url ?? data.url, bestHighlight(excerpt));
  const item = doc.createElement('li');
  item.className = 'rounded border border-rule p-3';
  const link = doc.createElement('a');
  link.href = url;
  link.className = 'font-semibold';
  link.textContent = data.meta['title'] ?? data.url;
  link.dataset['searchResult'] = '';
  const about = doc.createElement('p');
  about.className = 'text-xs text-ink-2';
  about.textContent = [strings[data.meta['kind'] ?? ''], data.meta['section']].filter(Boolean).join(' · ');
  const text = doc.createElement('p');
  text.className = 'mt-1 text-sm [&_mark]:bg-accent/20 [&_mark]:text-ink';
  // Pagefind escapes page text in excerpts and adds only <mark> elements.
  text.innerHTML = excerpt;
  item.append(link, about, text);
  return item;
}

/** Replaces the result list. */
export function renderResults(list: HTMLElement, results: PagefindResultData[], strings: Record<string, string>): void {
  list.replaceChildren(...results.map((data) => renderResult(list.ownerDocument, data, strings)));
}
