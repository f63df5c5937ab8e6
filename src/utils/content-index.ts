import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { langs } from '../i18n/locales';
import zhUi from '../i18n/zh.json';
import { chartRefs, chartTypes, checkChart } from '../lib/charts/registry';
import { chartSchema, type ChartSpec } from '../schemas/chart';
import { figureSchema } from '../schemas/figure';
import { editionSchema, type Edition } from '../schemas/edition';
import { glossarySchema, type GlossaryEntry } from '../schemas/glossary';
import { searchWordsSchema, type SearchWords } from '../schemas/search-words';
import { traditionalOverrideSchema, type TraditionalOverride } from '../schemas/traditional';
import { pageSchema, sectionSchema, storySchema } from '../schemas/pages';
import { topicSchema, type Topic } from '../schemas/topic';
import { readFrontMatter } from '../lib/content/front-matter';
import { anchored, computeAnchors } from '../lib/content/anchors';
import { checkLedger, findMissingTwins } from '../lib/content/check-ledger';
import {
  fieldPath,
  findDuplicateIds,
  parseJsonArray,
  parseJsonObject,
  validateItems,
  type ContentError,
  type JsonItem,
  type Schema,
} from '../lib/content/json-file';
import { sourceLineOf } from '../lib/content/anchors';
import { allowedIn, refusedIn } from '../lib/content/components';
import { indexMdx, parseMdx, partsText, type Block } from '../lib/content/mdx';
import { englishStrings, frontMatterStrings, mdxProse, straightQuoteProblem } from '../lib/content/straight-quotes';
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
import { gatherTopic } from '../lib/content/topics';
import type { Figure } from '../lib/figures';

/** Each folder's front matter schema. */
const frontMatterSchemas = { sections: sectionSchema, stories: storySchema, pages: pageSchema } as const;

/** Front matter of any folder, as its schema gives it. */
export type FrontMatter = Partial<z.output<typeof sectionSchema> & z.output<typeof storySchema> & z.output<typeof pageSchema>>;

export interface ContentIndex {
  contentDir: string;
  source: string;
  figures: Figure[];
  figureById: ReadonlyMap<string, Figure>;
  charts: ChartSpec[];
  glossary: GlossaryEntry[];
  topics: Topic[];
  /** Readers' words for particular paragraphs (content/search-words.json). */
  searchWords: SearchWords[];
  /** Reviewed corrections to the 繁體 conversion (content/traditional.json). */
  traditional: TraditionalOverride[];
  /** This edition of the site (content/edition.json); undefined only when that file has errors. */
  edition: Edition | undefined;
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

/** The MDX files under a folder, and the other files there (which nothing would read). */
function listMdx(dir: string): { mdx: string[]; other: string[] } {
  if (!existsSync(dir)) return { mdx: [], other: [] };
  const mdx: string[] = [];
  const other: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const inner = listMdx(path);
      mdx.push(...inner.mdx);
      other.push(...inner.other);
    } else if (name.endsWith('.mdx')) mdx.push(path);
    else if (!name.startsWith('.')) other.push(path);
  }
  return { mdx, other };
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

/** Reads content/edition.json: each problem names the file, the field's line and the field. */
function readEdition(contentDir: string, errors: ContentError[]): Edition | undefined {
  const path = join(contentDir, 'edition.json');
  const file = relative(process.cwd(), path);
  if (!existsSync(path)) {
    errors.push({ file, message: 'file is missing; it holds this edition\'s release date ("released": "YYYY-MM-DD")' });
    return undefined;
  }
  const parsed = parseJsonObject(readFileSync(path, 'utf8'), file);
  errors.push(...parsed.errors);
  if (parsed.errors.length > 0) return undefined;
  const result = editionSchema.safeParse(parsed.value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    errors.push({
      file,
      line: parsed.lineOf(field) ?? 1,
      message: `${issue.path.length ? `field "${fieldPath(issue.path)}": ` : ''}${issue.message}`,
    });
  }
  return undefined;
}

/** Builds the content index from the files under a content folder. Pure reading: nothing is written. */
export function buildContentIndex(contentDir: string): ContentIndex {
  const errors: ContentError[] = [];
  const unreadable = new Set<string>();
  const rel = (path: string) => relative(process.cwd(), path);
  const source = readFileSync(join(contentDir, 'source.txt'), 'utf8');
  const sourceLines = source.split('\n');

  // Each JSON file is read once and checked against its schema here; everything downstream
  // (the collections, the pages, the search records) gets these validated values. A file with
  // an invalid item counts as unreadable, so references into it are not reported as unknown.
  const validated = <T>(name: string, schema: Schema<T>, what: string): { items: JsonItem[]; values: T[] } => {
    const items = readArray(contentDir, name, errors, unreadable);
    const { values, errors: invalid } = validateItems(items, schema, rel(join(contentDir, name)), what);
    errors.push(...invalid);
    if (invalid.length > 0) unreadable.add(name);
    return { items, values };
  };
  const { items: figureItems, values: figures } = validated('figures.json', figureSchema, 'figure');
  const figureById = new Map(figures.map((f) => [f.id, f]));
  const { items: chartItems, values: charts } = validated('charts.json', chartSchema, 'chart');
  const { items: glossaryItems, values: glossary } = validated('glossary.json', glossarySchema, 'glossary term');
  const { items: topicItems, values: topics } = validated('topics.json', topicSchema, 'topic');
  const { items: searchWordItems, values: searchWords } = validated('search-words.json', searchWordsSchema, 'search words');
  const { items: traditionalItems, values: traditional } = validated('traditional.json', traditionalOverrideSchema, 'override');
  // English prose is set with curly quotes: every string under an "en" key, on its own line.
  const quotesIn = (name: string, items: readonly JsonItem[], what: string, englishKeys?: string[]) => {
    const path = join(contentDir, name);
    const lines = existsSync(path) ? readFileSync(path, 'utf8').split('\n') : [];
    for (const item of items) {
      const id = (item.value as { id?: unknown } | null)?.id;
      for (const { field, text } of englishStrings(item.value, englishKeys)) {
        const problem = straightQuoteProblem(text);
        if (!problem) continue;
        const encoded = JSON.stringify(text);
        const at = lines.findIndex((l, i) => i >= item.line - 1 && l.includes(encoded));
        errors.push({
          file: rel(path),
          line: at < 0 ? item.line : at + 1,
          message: `${typeof id === 'string' ? `${what} "${id}": ` : ''}field "${field}": ${problem}`,
        });
      }
    }
  };
  quotesIn('figures.json', figureItems, 'figure');
  quotesIn('charts.json', chartItems, 'chart');
  quotesIn('glossary.json', glossaryItems, 'glossary term', ['en', 'note']);
  quotesIn('topics.json', topicItems, 'topic');
  const edition = readEdition(contentDir, errors);
  const topicLine = new Map(topicItems.map((i) => [(i.value as { id?: string }).id ?? '', i.line]));
  const glossaryIds = new Set(glossary.map((g) => g.id));
  for (const topic of topics)
    for (const term of topic.terms)
      if (!unreadable.has('glossary.json') && !glossaryIds.has(term))
        errors.push({
          file: rel(join(contentDir, 'topics.json')),
          line: topicLine.get(topic.id),
          message: `topic "${topic.id}": field "terms": unknown glossary term "${term}"`,
        });

  // MDX files, their front matter and their blocks.
  const files = new Map<string, IndexedFile>();
  const frontMatter = new Map<string, FrontMatter>();
  const raw = new Map<string, { path: string; blocks: Block[]; text: string }>();
  // Files whose front matter cannot be read: their body is not compared with anything, so the
  // one real cause is reported instead of the block mismatches that follow from it.
  const unreadableFiles = new Set<string>();
  for (const folder of Object.keys(frontMatterSchemas) as (keyof typeof frontMatterSchemas)[]) {
    const base = join(contentDir, folder);
    const { mdx: paths, other } = listMdx(base);
    for (const path of other)
      errors.push({
        file: rel(path),
        message: 'only .mdx files are read here, so this page does not exist: rename it to .mdx or remove it',
      });
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
      const fm = readFrontMatter(text, rel(path));
      errors.push(...fm.errors);
      const parsed = fm.errors.length ? undefined : frontMatterSchemas[folder].safeParse(fm.data);
      if (parsed && !parsed.success)
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? '');
          errors.push({
            file: rel(path),
            line: fm.lineOf(field) ?? 1,
            message: `field "${issue.path.join('.') || '(front matter)'}": ${issue.message}`,
          });
        }
      frontMatter.set(key, parsed?.success ? parsed.data : {});
      if (fm.errors.length) unreadableFiles.add(key);
      const index = fm.errors.length
        ? { blocks: [], errors: [] }
        : indexMdx(text, rel(path), new Set(allowedIn[folder]), refusedIn[folder]);
      errors.push(...index.errors);
      raw.set(key, { path, blocks: index.blocks, text });
      // English prose takes curly quotes, in the front matter (which smartypants never sees) and the body alike.
      if (ids[i]?.startsWith('en/') && !fm.errors.length) {
        for (const { field, text: value } of frontMatterStrings(fm.data)) {
          const problem = straightQuoteProblem(value);
          if (problem)
            errors.push({
              file: rel(path),
              line: fm.lineOf(field.split(/[.[]/)[0] ?? field) ?? 1,
              message: `field "${field}": ${problem}`,
            });
        }
        if (!index.errors.some((e) => e.message.startsWith('MDX syntax')))
          for (const prose of mdxProse(parseMdx(text))) {
            const problem = straightQuoteProblem(prose.text);
            if (problem)
              errors.push({ file: rel(path), line: prose.line, message: `${prose.where === 'text' ? 'text' : prose.where}: ${problem}` });
          }
      }
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
  for (const [key, { path, blocks }] of raw) {
    const [folder, lang, ...rest] = key.split('/');
    if (lang !== 'zh') continue;
    // The article's own pages reproduce the source verbatim: a block that is not found there
    // (a typo, an invisible character) would silently lose its p<line> anchor and every link to it.
    if (folder !== 'pages' && !unreadable.has('figures.json'))
      for (const block of blocks)
        if (anchored(block) && sourceLineOf(zhText(block), sourceLines) === undefined)
          errors.push({
            file: rel(path),
            line: block.line,
            message: `this ${block.kind} is not verbatim in content/source.txt (check for a typo or an invisible character): "${zhText(block).slice(0, 30)}…"`,
          });
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
    if (lang !== 'zh' && twin && !unreadableFiles.has(key) && !unreadableFiles.has(`${folder}/zh/${id}`)) {
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
    const fieldLine = (field: string) => readFrontMatter(text, rel(path)).lineOf(field);
    if (data.section !== undefined && !sectionSet.has(data.section))
      errors.push({ file: rel(path), line: fieldLine('section'), message: `field "section": unknown section "${data.section}"` });
    for (const fig of data.related ?? [])
      if (!unreadable.has('figures.json') && !figureById.has(fig))
        errors.push({ file: rel(path), line: fieldLine('related'), message: `field "related": unknown figure "${fig}"` });
    if (data.chart !== undefined && !unreadable.has('charts.json')) {
      const spec = charts.find((c) => c.id === data.chart);
      if (!spec)
        errors.push({
          file: rel(path),
          line: fieldLine('chart'),
          message: `field "chart": unknown chart "${data.chart}" (content/charts.json)`,
        });
      else if (!chartRefs(spec).some((ref) => data.related?.includes(ref.id)))
        errors.push({
          file: rel(path),
          line: fieldLine('chart'),
          message: `field "chart": chart "${data.chart}" draws none of the story's related figures, so it is not this story's chart`,
        });
    }
    const twinChart = frontMatter.get(`${folder}/zh/${id}`)?.chart;
    if (lang !== 'zh' && twin && twinChart !== data.chart)
      errors.push({
        file: rel(path),
        line: fieldLine('chart') ?? 1,
        message: `field "chart": ${data.chart === undefined ? 'no chart' : `"${data.chart}"`} but its Chinese twin declares ${twinChart === undefined ? 'no chart' : `"${twinChart}"`}`,
      });
  }

  // A glossary entry or topic that matches nothing builds an empty promise: an explanation never
  // shown, a topic page with no paragraphs. Each names the article's own words, so it must match.
  if (!unreadable.has('glossary.json')) {
    const glossaryFile = rel(join(contentDir, 'glossary.json'));
    // Two entries may share one rendering (劳模 and 劳动模范 are both "model worker"): the
    // explanation shown for either serves both, so a form counts as explained once any is.
    const formOf = (id: string, lang: string) => {
      const g = glossary.find((e) => e.id === id);
      return (lang === 'zh' ? g?.zh : g?.en)?.toLowerCase();
    };
    const explained = Object.fromEntries(langs.map((l) => [l, new Set<string | undefined>()]));
    for (const file of files.values())
      for (const block of file.blocks) for (const t of block.terms) explained[file.lang]?.add(formOf(t, file.lang));
    const glossaryLines = new Map(glossaryItems.map((i) => [(i.value as { id?: string }).id ?? '', i.line]));
    for (const g of glossary) {
      const line = glossaryLines.get(g.id);
      if (!source.includes(g.zh))
        errors.push({
          file: glossaryFile,
          line,
          message: `glossary term "${g.id}": field "zh": "${g.zh}" never appears in content/source.txt`,
        });
      for (const lang of langs)
        if (g.explain?.[lang] && !explained[lang]?.has(formOf(g.id, lang)))
          errors.push({
            file: glossaryFile,
            line,
            message: `glossary term "${g.id}": field "explain.${lang}": "${lang === 'zh' ? g.zh : g.en}" is found in no ${lang} paragraph, so its explanation would never be shown`,
          });
    }
    const zhOf = new Map(glossary.map((g) => [g.id, g.zh]));
    for (const topic of topics) {
      const words = topic.terms.map((t) => zhOf.get(t) ?? '');
      if (gatherTopic(files, sections, 'zh', words, () => '').passages.length === 0)
        errors.push({
          file: rel(join(contentDir, 'topics.json')),
          line: topicLine.get(topic.id),
          message: `topic "${topic.id}": field "terms": no paragraph of the article names any of them, so its page would be empty`,
        });
    }
  }

  // Search words point at paragraphs that exist.
  const anchorSet = new Set([...files.values()].flatMap((f) => f.blocks.map((b) => b.anchor).filter(Boolean)));
  const wordLines = new Map(searchWordItems.map((i) => [(i.value as { id?: string }).id ?? '', i.line]));
  for (const words of searchWords)
    for (const anchor of words.paragraphs)
      if (!anchorSet.has(anchor))
        errors.push({
          file: rel(join(contentDir, 'search-words.json')),
          line: wordLines.get(words.id),
          message: `search words "${words.id}": field "paragraphs": no paragraph has the anchor "${anchor}"`,
        });

  // A 繁體 override corrects a place the site prints: the article, the content files' Chinese
  // (chart texts, glossary, figure labels) or the interface strings.
  const printed = [
    source,
    ...['figures.json', 'charts.json', 'glossary.json', 'topics.json'].map((f) =>
      existsSync(join(contentDir, f)) ? readFileSync(join(contentDir, f), 'utf8') : '',
    ),
    ...Object.values(zhUi),
  ].join('\n');
  for (const o of traditional)
    if (!printed.includes(o.zh))
      errors.push({
        file: rel(join(contentDir, 'traditional.json')),
        line: traditionalItems.find((i) => (i.value as { zh?: unknown }).zh === o.zh)?.line,
        message: `override "${o.zh}": field "zh": found neither in source.txt nor in the content files or the interface strings`,
      });

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
  errors.push(...checkLedger(figures, source, sectionSet, ledgerFile, figureLines));
  const chartsFile = rel(join(contentDir, 'charts.json'));
  const chartLines = new Map(chartItems.map((i) => [(i.value as { id?: string }).id ?? '', i.line]));
  for (const spec of charts) {
    const line = chartLines.get(spec.id);
    // The schema checked the shape; meaning (figures, units, highlights) is checked here.
    const typed = Object.hasOwn(chartTypes, spec.type) && !unreadable.has('figures.json');
    for (const problem of typed ? checkChart(spec, (id) => figureById.get(id)) : []) {
      errors.push({ file: chartsFile, line, message: `chart "${spec.id}": field "${problem.field}": ${problem.message}` });
    }
    if (!sectionSet.has(spec.section))
      errors.push({ file: chartsFile, line, message: `chart "${spec.id}": field "section": unknown section "${spec.section}"` });
  }

  const twinOf = (id: string) => figureById.get(id)?.conflictsWith;
  const compose = (keys: readonly string[]) => keys.flatMap((key) => composePage(key, files));
  const article: ArticleIndex = {
    contentDir,
    fileOf(path) {
      // Real paths on both sides: Vite reports a linked content folder by its real path.
      const real = (p: string) => (existsSync(p) ? realpathSync(p) : p);
      const local = relative(real(contentDir), real(path))
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
    charts,
    glossary,
    topics,
    searchWords,
    traditional,
    edition,
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

/** This edition's facts (content/edition.json). The content loaders fail the build first when the file is wrong. */
export function getEdition(): Edition {
  const edition = getContentIndex().edition;
  if (!edition) throw new Error('content/edition.json: not valid; see the content errors above');
  return edition;
}
