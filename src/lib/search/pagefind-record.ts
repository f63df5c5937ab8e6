import { isSearchKind } from './meta';
import { recordBlocks, type SearchRecord, type Signpost } from './record';

/** A Pagefind custom record (pagefind's addCustomRecord). */
export interface PagefindCustomRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** What Pagefind gives back for a result (the parts this site reads). */
export interface PagefindRecordData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

/**
 * A search record as Pagefind indexes it. The content is the visible text followed by the
 * reader's words, so Pagefind finds the record by either; `chars` says where the text ends,
 * so a result shows the text and never the words.
 */
export function toPagefind(record: SearchRecord, language: string): PagefindCustomRecord {
  const words = record.signposts.flatMap((s) => s.words);
  const meta: Record<string, string> = {
    title: record.title,
    kind: record.kind,
    block: record.block,
    chars: String(record.text.length),
  };
  if (record.heading) meta['heading'] = record.heading;
  if (record.section) meta['section'] = record.section;
  if (record.period) meta['period'] = record.period;
  if (record.signposts.length) meta['signposts'] = JSON.stringify(record.signposts);
  const filters: Record<string, string[]> = { kind: [record.kind] };
  if (record.section) filters['section'] = [record.section];
  return { url: record.url, content: [record.text, ...words].join(' '), language, meta, filters };
}

/** The record back from a Pagefind result. */
export function fromPagefind(data: PagefindRecordData): SearchRecord {
  const { meta } = data;
  const chars = Number(meta['chars']);
  const block = recordBlocks.find((b) => b === meta['block']) ?? 'paragraph';
  let signposts: Signpost[] = [];
  try {
    signposts = meta['signposts'] ? (JSON.parse(meta['signposts']) as Signpost[]) : [];
  } catch {
    signposts = [];
  }
  return {
    url: data.url,
    kind: isSearchKind(meta['kind']) ? meta['kind'] : 'page',
    block,
    title: meta['title'] ?? data.url,
    heading: meta['heading'],
    section: meta['section'],
    period: meta['period'],
    text: Number.isFinite(chars) && chars > 0 ? data.content.slice(0, chars) : data.content,
    signposts,
  };
}
