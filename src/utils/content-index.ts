import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { langs } from '../i18n/locales';
import { chartTypes, checkChart } from '../lib/charts/registry';
import type { ChartSpec } from '../schemas/chart';
import { anchored, computeAnchors } from '../lib/content/anchors';
import { checkLedger, findMissingTwins, type LedgerFigure } from '../lib/content/check-ledger';
import { findDuplicateIds, parseJsonArray, type ContentError, type JsonItem } from '../lib/content/json-file';
import { indexMdx, partsText, type Block } from '../lib/content/mdx';
import {
  composePage,
  pageNotes,
  type IndexedBlock,
  type IndexedFile,
  type Mention,
  type PageNotes,
  type PlacedBlock,
} from '../lib/content/notes';
import type { ArticleIndex } from '../lib/content/remark-article';
import { findTerms, type TermForm } from '../lib/content/terms';
import type { Figure } from '../lib/figures';

/** The components each folder's MDX may use, and why the others are refused. */
const allowed: Record<string, ReadonlySet<string>> = {
  sections: new Set(['Fig', 'Story', 'Chart', 'Caption', 'KeyFigures']),
  stories: new Set(['Fig', 'Caption']),
  pages: new Set(['Fig', 'Caption']),
};
const refused: Record<string, Record<string, string>> = {
  stories: {
    Chart: 'cannot be placed in a story: a story is also printed inside its section, so place the chart in the section file instead',
    Story: 'cannot be placed in a story: stories are placed by sections',
    KeyFigures: 'belongs to the introduction section only',
  },
  pages: { Chart: 'is placed in section files only', Story: 'is placed in section files only' },
};

interface GlossaryLike {
  id: string;
  zh: string;
  en: string;
  explain?: { en: string; zh?: string | undefined } | undefined;
  aliases?: { zh?: string[] | undefined; en?: string[] | undefined } | undefined;
}

/** Front matter fields the index reads (the schemas in src/schemas check the rest). */
interface FrontMatter {
  order?: number;
  role?: string;
  section?: string;
  related?: string[];
  title?: string;
  navTitle?: string;
  who?: string;
}

export interface ContentIndex {
  contentDir: string;
  source: string;
  figures: Figure[];
  figureById: ReadonlyMap<string, Figure>;
  charts: unknown[];
  glossary: GlossaryLike[];
  topics: { id: string; title: { zh: string; en: string }; terms: string[] }[];
  /** Every MDX file by key ("sections/zh/union-reform"). */
  files: ReadonlyMap<string, IndexedFile>;
  /** Front matter by file key. */
  frontMatter: ReadonlyMap<string, FrontMatter>;
  /** Section ids in article order. */
  sections: string[];
  /** Story ids in article order. */
  stories: string[];
  /** Every problem found, each naming its file, line and field. */
  errors: ContentError[];
  /** The blocks a page shows, in order: the files' blocks with placed stories expanded. */
  compose(keys: readonly string[]): PlacedBlock[];
  /** The numbered notes of a page made of the given files. */
  notes(keys: readonly string[]): PageNotes;
  /** The index as the MDX plugin reads it. */
  article: ArticleIndex;
}

function listMdx(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listMdx(path) : name.endsWith('.mdx') ? [path] : [];
  });
}

/**
 * Reads one content JSON array. A file that is missing or does not parse is recorded in
 * `unreadable`: references into it are then not checked, so its own error is the one reported
 * instead of a page of "unknown id" errors that all follow from it.
 */
function readArray(contentDir: string, name: string, errors: ContentError[], unreadable: Set<string>): JsonItem[] {
  const path = join(contentDir, name);
  const file = relative(process.cwd(), path);
  if (!existsSync(path)) {
    errors.push({ file, message: 'file is missing' });
    unreadable.add(name);
    return [];
  }
  const { items, errors: parseErrors } = parseJsonArray(readFileSync(path, 'utf8'), file);
  if (parseErrors.length > 0) unreadable.add(name);
  errors.push(...parseErrors, ...findDuplicateIds(items, file));
  return items;
}

/** Builds the content index from the files under a content folder. Pure reading: nothing is written. */
export function buildContentIndex(contentDir: string): ContentIndex {
  const errors: ContentError[] = [];
  const unreadable = new Set<string>();
  const rel = (path: string) => relative(process.cwd(), path);
  const source = readFileSync(join(contentDir, 'source.txt'), 'utf8');
  const sourceLines = source.split('\n');

  const figureItems = readArray(contentDir, 'figures.json', errors, unreadable);
  const figures = figureItems.map((i) => i.value as Figure);
  const figureById = new Map(figures.map((f) => [f.id, f]));
  const chartItems = readArray(contentDir, 'charts.json', errors, unreadable);
  const glossaryItems = readArray(contentDir, 'glossary.json', errors, unreadable);
  const glossary = glossaryItems.map((i) => i.value as GlossaryLike);
  const topicItems = readArray(contentDir, 'topics.json', errors, unreadable);
  const glossaryIds = new Set(glossary.map((g) => g.id));
  for (const item of topicItems) {
    const topic = item.value as { id?: string; terms?: unknown };
    for (const term of Array.isArray(topic.terms) ? topic.terms : []) {
      if (typeof term === 'string' && !unreadable.has('glossary.json') && !glossaryIds.has(term))
        errors.push({
          file: rel(join(contentDir, 'topics.json')),
          line: item.line,
          message: `topic "${topic.id}": field "terms": unknown glossary term "${term}"`,
        });
    }
  }

  // MDX files, their front matter and their blocks.
  const files = new Map<string, IndexedFile>();
  const frontMatter = new Map<string, FrontMatter>();
  const raw = new Map<string, { path: string; blocks: Block[]; text: string }>();
  for (const folder of Object.keys(allowed)) {
    const base = join(contentDir, folder);
    const paths = listMdx(base);
    const ids = paths.map((p) =>
      relative(base, p)
        .replace(/\\/g, '/')
        .replace(/\.mdx$/, ''),
    );
    for (const { id, missing } of findMissingTwins(ids, langs)) {
      errors.push({ file: rel(join(base, `${id}.mdx`)), message: `has no counterpart; create ${rel(join(base, `${missing}.mdx`))}` });
    }
    for (const [i, path] of paths.entries()) {
      const key = `${folder}/${ids[i]}`;
      const text = readFileSync(path, 'utf8');
      const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
      try {
        frontMatter.set(key, (fm ? parseYaml(fm) : {}) as FrontMatter);
      } catch (error) {
        errors.push({ file: rel(path), line: 2, message: `front matter: ${(error as Error).message.split('\n')[0]}` });
        frontMatter.set(key, {});
      }
      const index = indexMdx(text, rel(path), allowed[folder] ?? new Set(), refused[folder]);
      errors.push(...index.errors);
      raw.set(key, { path, blocks: index.blocks, text });
    }
  }

  const sections = [...frontMatter]
    .filter(([key]) => key.startsWith('sections/zh/'))
    .sort(([, a], [, b]) => (a.order ?? 0) - (b.order ?? 0))
    .map(([key]) => key.slice('sections/zh/'.length));
  const sectionSet = new Set(sections);
  const stories = [...frontMatter]
    .filter(([key]) => key.startsWith('stories/zh/'))
    .sort(([, a], [, b]) => (a.order ?? 0) - (b.order ?? 0))
    .map(([key]) => key.slice('stories/zh/'.length));
  const storyIds = new Set([...raw.keys()].filter((k) => k.startsWith('stories/zh/')).map((k) => k.slice('stories/zh/'.length)));
  const chartIds = new Set(chartItems.map((i) => (i.value as { id?: string }).id ?? ''));

  // Anchors: Chinese blocks are named after the source line they reproduce; English blocks
  // take their twin's anchor, so the two files must hold the same blocks in the same order.
  const zhText = (block: Block) => partsText(block.parts, (id) => figureById.get(id)?.zh.text ?? '');
  const anchorsOf = new Map<string, (string | undefined)[]>();
  for (const [key, { blocks }] of raw) {
    const [folder, lang, ...rest] = key.split('/');
    if (lang !== 'zh') continue;
    anchorsOf.set(
      `${folder}/${rest.join('/')}`,
      computeAnchors(
        blocks.map((b) => (anchored(b) ? zhText(b) : undefined)),
        sourceLines,
        rest.join('-'),
      ),
    );
  }

  const termForms = (lang: string): TermForm[] =>
    glossary.flatMap((g) =>
      lang === 'zh' ? (g.explain?.zh ? [{ id: g.id, text: g.zh }] : []) : g.explain?.en ? [{ id: g.id, text: g.en }] : [],
    );
  const forms = Object.fromEntries(langs.map((l) => [l, termForms(l)]));
  // Every glossary term as written in each language, for "what does this page concern" (topics, search words).
  const allForms = Object.fromEntries(langs.map((l) => [l, glossary.map((g) => ({ id: g.id, text: l === 'zh' ? g.zh : g.en }))]));

  for (const [key, { path, blocks, text }] of raw) {
    const [folder = '', lang = '', ...rest] = key.split('/');
    const id = rest.join('/');
    const anchors = anchorsOf.get(`${folder}/${id}`) ?? [];
    const twin = raw.get(`${folder}/zh/${id}`);
    if (lang !== 'zh' && twin) {
      const shape = (b: Block) => (b.kind === 'story' || b.kind === 'chart' ? `${b.kind} "${b.ref}"` : b.kind);
      const count = Math.max(blocks.length, twin.blocks.length);
      for (let i = 0; i < count; i += 1) {
        const mine = blocks[i];
        const theirs = twin.blocks[i];
        if (mine && theirs && shape(mine) === shape(theirs)) {
          const figs = (b: Block) =>
            b.parts
              .flatMap((p) => (typeof p === 'string' ? [] : [p.fig]))
              .sort()
              .join(',');
          if (figs(mine) !== figs(theirs))
            errors.push({
              file: rel(path),
              line: mine.line,
              message: `${mine.kind} ${i + 1} prints figures [${figs(mine)}] but its Chinese twin prints [${figs(theirs)}]`,
            });
          continue;
        }
        errors.push({
          file: rel(path),
          line: mine?.line,
          message: `block ${i + 1} is ${mine ? shape(mine) : 'missing'} but block ${i + 1} of ${rel(twin.path)} is ${theirs ? shape(theirs) : 'missing'}: both languages need the same paragraphs, stories and charts in the same order`,
        });
        break;
      }
    }
    const indexed: IndexedBlock[] = blocks.map((block, i) => {
      const figuresHere = [...new Set(block.parts.flatMap((p) => (typeof p === 'string' ? [] : [p.fig])))];
      const mentions: Mention[] = [];
      const seenTerms = new Set<string>();
      // Terms are explained in running text, not in headings or captions.
      const explains = block.kind === 'paragraph' || block.kind === 'item';
      for (const part of block.parts) {
        if (typeof part !== 'string') {
          mentions.push({ kind: 'fig', id: part.fig });
          continue;
        }
        for (const hit of explains ? findTerms(part, forms[lang] ?? []) : []) {
          if (seenTerms.has(hit.id)) continue;
          seenTerms.add(hit.id);
          mentions.push({ kind: 'term', id: hit.id });
        }
      }
      const glossaryIds = [
        ...new Set(block.parts.flatMap((p) => (typeof p === 'string' ? findTerms(p, allForms[lang] ?? []).map((h) => h.id) : []))),
      ];
      return {
        ...block,
        anchor: anchored(block) ? anchors[i] : undefined,
        figures: figuresHere,
        terms: [...seenTerms],
        mentions,
        glossary: glossaryIds,
      };
    });
    files.set(key, { key, folder, lang, id, blocks: indexed });

    // References to ids that do not exist.
    for (const block of indexed) {
      for (const fig of block.figures)
        if (!unreadable.has('figures.json') && !figureById.has(fig))
          errors.push({ file: rel(path), line: block.line, message: `<Fig id="${fig}"> names an unknown figure (content/figures.json)` });
      if (block.kind === 'story' && block.ref && !storyIds.has(block.ref))
        errors.push({
          file: rel(path),
          line: block.line,
          message: `<Story id="${block.ref}"> names an unknown story (content/stories/zh/${block.ref}.mdx)`,
        });
      if (block.kind === 'chart' && block.ref && !unreadable.has('charts.json') && !chartIds.has(block.ref))
        errors.push({
          file: rel(path),
          line: block.line,
          message: `<Chart id="${block.ref}"> names an unknown chart (content/charts.json)`,
        });
    }
    const data = frontMatter.get(key) ?? {};
    // Front matter fields are reported on the line that holds them.
    const fieldLine = (field: string) => text.split('\n').findIndex((l) => l.startsWith(`${field}:`)) + 1 || undefined;
    if (data.section !== undefined && !sectionSet.has(data.section))
      errors.push({ file: rel(path), line: fieldLine('section'), message: `field "section": unknown section "${data.section}"` });
    for (const fig of data.related ?? [])
      if (!unreadable.has('figures.json') && !figureById.has(fig))
        errors.push({ file: rel(path), line: fieldLine('related'), message: `field "related": unknown figure "${fig}"` });
  }

  // A chart is placed once per language, or its id (and embed links to it) would be ambiguous.
  for (const lang of langs) {
    const placed = new Map<string, string[]>();
    for (const file of files.values()) {
      if (file.lang !== lang) continue;
      for (const b of file.blocks) if (b.kind === 'chart' && b.ref) placed.set(b.ref, [...(placed.get(b.ref) ?? []), file.key]);
    }
    for (const [chart, where] of placed)
      if (where.length > 1)
        errors.push({
          file: `content/${where[1]}.mdx`,
          message: `<Chart id="${chart}"> is already placed in content/${where[0]}.mdx; a chart is placed once`,
        });
  }

  // The ledger and the charts against the source and each other.
  const ledgerFile = rel(join(contentDir, 'figures.json'));
  const figureLines = new Map(figureItems.map((i) => [(i.value as { id?: string }).id ?? '', i.line]));
  errors.push(...checkLedger(figures as LedgerFigure[], source, sectionSet, ledgerFile, figureLines));
  const chartsFile = rel(join(contentDir, 'charts.json'));
  for (const item of chartItems) {
    const spec = item.value as ChartSpec;
    // Shape errors are the schema's to report (the charts loader); meaning is checked here.
    const typed = Object.hasOwn(chartTypes, spec.type) && !unreadable.has('figures.json');
    for (const problem of typed ? checkChart(spec, (id) => figureById.get(id)) : []) {
      errors.push({ file: chartsFile, line: item.line, message: `chart "${spec.id}": field "${problem.field}": ${problem.message}` });
    }
    if (spec.section !== undefined && !sectionSet.has(spec.section))
      errors.push({ file: chartsFile, line: item.line, message: `chart "${spec.id}": field "section": unknown section "${spec.section}"` });
  }

  const twinOf = (id: string) => figureById.get(id)?.conflictsWith;
  const compose = (keys: readonly string[]) => keys.flatMap((key) => composePage(key, files));
  const article: ArticleIndex = {
    fileOf(path) {
      const local = relative(contentDir, path)
        .replace(/\\/g, '/')
        .replace(/\.mdx$/, '');
      return files.get(local);
    },
    termForms: (lang) => forms[lang] ?? [],
  };
  return {
    contentDir,
    source,
    figures,
    figureById,
    charts: chartItems.map((i) => i.value),
    glossary,
    topics: topicItems.map((i) => i.value as ContentIndex['topics'][number]),
    files,
    frontMatter,
    sections,
    stories,
    errors,
    compose,
    notes: (keys) => pageNotes(compose(keys), twinOf),
    article,
  };
}

let cached: { signature: string; index: ContentIndex } | undefined;

/** A cheap fingerprint of the content folder: every file's path, size and modification time. */
function signature(dir: string): string {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const path = join(d, name);
      const stat = statSync(path);
      return stat.isDirectory() ? walk(path) : [`${path}:${stat.size}:${stat.mtimeMs}`];
    });
  return walk(dir).join('|');
}

/** The content folder the build reads: CONTENT_DIR lets the tests build broken copies. */
export function contentDir(): string {
  return resolve(process.env['CONTENT_DIR'] ?? 'content');
}

/**
 * The content index of the content folder, parsed once per change: the loaders' checks, the
 * MDX plugin that adds anchors and notes, the pages and the search records all read it.
 */
export function getContentIndex(dir = contentDir()): ContentIndex {
  const sig = signature(dir);
  if (cached?.signature !== sig || cached.index.contentDir !== dir) cached = { signature: sig, index: buildContentIndex(dir) };
  return cached.index;
}
