import type { Results, ResultItem } from '../../lib/search/results';

/** Fills the text of a UI string's {placeholders}. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/**
 * One result: the page's title, what it is (kind, the heading it sits under, a figure's period)
 * and the article's own text around the match, built as DOM nodes (never HTML strings).
 */
function renderResult(doc: Document, item: ResultItem, strings: Record<string, string>, base: URL | undefined): HTMLLIElement {
  const { record } = item;
  const li = doc.createElement('li');
  li.className = 'rounded border border-rule p-3';
  const link = doc.createElement('a');
  link.href = base ? new URL(item.href, base).href : item.href;
  link.className = 'font-semibold';
  link.textContent = record.title;
  link.dataset['searchResult'] = record.kind;
  const about = doc.createElement('p');
  about.className = 'text-xs text-ink-2';
  const heading = record.heading && record.heading !== record.title ? record.heading : undefined;
  about.textContent = [strings[record.kind], heading, record.period].filter(Boolean).join(' · ');
  const text = doc.createElement('p');
  text.className = 'mt-1 text-sm';
  for (const part of item.excerpt) {
    if (part.mark) {
      const mark = doc.createElement('mark');
      mark.textContent = part.text;
      text.append(mark);
    } else text.append(doc.createTextNode(part.text));
  }
  li.append(link, about, text);
  return li;
}

/**
 * Replaces the result list. Results that share only part of the query come after a note that
 * says so. `base` resolves the archive's relative links.
 */
export function renderResults(list: HTMLElement, results: Results, strings: Record<string, string>, base?: URL): void {
  const doc = list.ownerDocument;
  const items: HTMLLIElement[] = results.items.map((item) => renderResult(doc, item, strings, base));
  if (results.partial && items.length) {
    const note = doc.createElement('li');
    note.className = 'border-t border-rule pt-2 text-sm text-ink-2';
    note.dataset['searchPartial'] = '';
    note.textContent = strings['partial'] ?? '';
    items.unshift(note);
  }
  list.replaceChildren(...items);
}
