// The edition's release date: read from content/edition.json through the content index (the
// only place the site dates itself), and a bad value fails naming the file, the line and the field.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentErrorReport } from '../../../src/lib/content/json-file';
import { formatDate } from '../../../src/lib/edition';
import { buildContentIndex } from '../../../src/utils/content-index';

const root = join(import.meta.dirname, '..', '..', '..');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function indexWith(change: (content: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'striving-edition-'));
  made.push(dir);
  const content = join(dir, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  change(content);
  const index = buildContentIndex(content);
  return { index, report: contentErrorReport(index.errors) ?? '' };
}

const withEdition = (text: string) => indexWith((c) => writeFileSync(join(c, 'edition.json'), text));

describe('the edition file', () => {
  it('gives the release date the pages print, from content/edition.json', () => {
    const file = JSON.parse(readFileSync(join(root, 'content', 'edition.json'), 'utf8')) as { released: string };
    expect(buildContentIndex(join(root, 'content')).edition?.released).toBe(file.released);
    const { index, report } = withEdition('{\n  "released": "2027-01-02"\n}\n');
    expect(report).toBe('');
    expect(index.edition?.released).toBe('2027-01-02');
  });

  it('refuses a date in another form, on the line of the field', () => {
    const { index, report } = withEdition('{\n  "released": "7 December 2026"\n}\n');
    expect(report).toMatch(/content\/edition\.json:2: field "released": must be a date written YYYY-MM-DD/);
    expect(index.edition).toBeUndefined();
  });

  it('refuses a date that is not on the calendar', () => {
    const { report } = withEdition('{\n  "released": "2026-02-30"\n}\n');
    expect(report).toMatch(/content\/edition\.json:2: field "released": is not a date on the calendar/);
  });

  it('refuses an unknown field, a missing date, broken JSON and a missing file', () => {
    expect(withEdition('{\n  "released": "2026-12-07",\n  "published": "2025-01-01"\n}\n').report).toMatch(
      /content\/edition\.json:1: Unrecognized key\(s\) in object: 'published'/,
    );
    expect(withEdition('{}\n').report).toMatch(/content\/edition\.json:1: field "released": Required/);
    expect(withEdition('{ "released": "2026-12-07", }').report).toMatch(/content\/edition\.json:1:\d+: invalid JSON/);
    expect(indexWith((c) => unlinkSync(join(c, 'edition.json'))).report).toMatch(/content\/edition\.json: file is missing/);
  });
});

describe('formatDate', () => {
  it('writes the date as each language writes it', () => {
    expect(formatDate('2026-12-07', 'zh')).toBe('2026年12月7日');
    expect(formatDate('2026-12-07', 'en')).toBe('7 December 2026');
  });
});
