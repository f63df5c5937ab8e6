import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { formatBuildDate, formatBytes } from '../../lib/format-bytes';

/** What the hosted download page tells a reader about the zip. */
export interface ArchiveFacts {
  file: string;
  bytes: number;
  sha256: string;
  builtAt: string;
}

/**
 * Writes the zip's size, checksum and date into a hosted download page once the zip exists
 * (the page is rendered before it). Only text changes, so the page's CSP hashes still hold.
 */
export function stampDownloadPage(path: string, facts: ArchiveFacts, lang: 'zh' | 'en'): void {
  if (!existsSync(path)) return;
  const root = parse(readFileSync(path, 'utf8'), { comment: true });
  const fill = (selector: string, text: string) => {
    const el = root.querySelector(selector);
    if (!el) throw new Error(`${path}: no ${selector} to write the archive's facts into`);
    el.set_content(text);
    return el;
  };
  fill('[data-archive-size]', formatBytes(facts.bytes)).setAttribute('data-bytes', String(facts.bytes));
  fill('[data-archive-sha256]', facts.sha256);
  fill('[data-archive-date]', formatBuildDate(facts.builtAt, lang)).setAttribute('datetime', facts.builtAt);
  writeFileSync(path, root.toString());
}
