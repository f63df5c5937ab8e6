import { describe, expect, it } from 'vitest';
import { composePage, pageNotes, type IndexedBlock, type IndexedFile } from '../../../src/lib/content/notes';
import { boxGroups, figurePlaces, preferredPlace } from '../../../src/lib/content/places';
import { gatherTopic } from '../../../src/lib/content/topics';

const block = (over: Partial<IndexedBlock>): IndexedBlock => ({
  kind: 'paragraph',
  line: 1,
  parts: [],
  inBox: false,
  figures: [],
  terms: [],
  mentions: [],
  glossary: [],
  ...over,
});
const files = new Map<string, IndexedFile>([
  [
    'sections/en/s',
    {
      key: 'sections/en/s',
      folder: 'sections',
      lang: 'en',
      id: 's',
      blocks: [
        block({
          anchor: 'p1',
          figures: ['a'],
          terms: ['fq'],
          mentions: [
            { kind: 'term', id: 'fq' },
            { kind: 'fig', id: 'a' },
          ],
        }),
        block({ kind: 'story', ref: 't' }),
        block({ anchor: 'p3', figures: ['b'], mentions: [{ kind: 'fig', id: 'b' }] }),
      ],
    },
  ],
  [
    'stories/en/t',
    {
      key: 'stories/en/t',
      folder: 'stories',
      lang: 'en',
      id: 't',
      blocks: [
        block({
          anchor: 'p2',
          figures: ['a'],
          terms: ['fq'],
          mentions: [
            { kind: 'term', id: 'fq' },
            { kind: 'fig', id: 'a' },
          ],
        }),
      ],
    },
  ],
]);

describe('composePage', () => {
  it('prints a placed story in full where the section places it', () => {
    expect(composePage('sections/en/s', files).map((p) => `${p.file}#${p.block.anchor ?? p.block.kind}`)).toEqual([
      'sections/en/s#p1',
      'sections/en/s#story',
      'stories/en/t#p2',
      'sections/en/s#p3',
    ]);
  });
});

describe('pageNotes', () => {
  const twin = (id: string) => (id === 'a' ? 'a-box' : undefined);
  it('numbers notes in reading order and explains a term at its first mention on the page only', () => {
    const { byBlock, markers } = pageNotes(composePage('sections/en/s', files), twin);
    expect(byBlock.get('sections/en/s#p1')).toEqual([
      { n: 1, kind: 'term', term: 'fq' },
      { n: 2, kind: 'conflict', figure: 'a', twin: 'a-box' },
    ]);
    expect(byBlock.get('stories/en/t#p2')).toEqual([{ n: 3, kind: 'conflict', figure: 'a', twin: 'a-box' }]);
    expect(markers.get('stories/en/t#p2#term:fq')).toBeUndefined();
    expect(byBlock.has('sections/en/s#p3')).toBe(false);
  });
  it('explains the term again on the story’s own page', () => {
    expect(pageNotes(composePage('stories/en/t', files), twin).markers.get('stories/en/t#p2#term:fq')).toBe(1);
  });
});

describe('figurePlaces', () => {
  it('lists the section that prints a story’s figure as well as the story page', () => {
    const places = figurePlaces(files, ['s'], ['t'], 'en');
    expect(places.get('a')).toEqual([
      { route: { kind: 'section', id: 's' }, anchor: 'p1' },
      { route: { kind: 'story', id: 't' }, anchor: 'p2' },
    ]);
    expect(places.get('b')).toEqual([{ route: { kind: 'section', id: 's' }, anchor: 'p3' }]);
  });
});

describe('preferredPlace', () => {
  const places = [
    { route: { kind: 'section', id: 'intro' }, anchor: 'p1' },
    { route: { kind: 'story', id: 't' }, anchor: 'p2' },
    { route: { kind: 'section', id: 's' }, anchor: 'p3' },
  ] as const;
  it('opens the figure’s own section first, else where it is printed first', () => {
    expect(preferredPlace(places, 's')?.anchor).toBe('p3');
    expect(preferredPlace(places, 'other')?.anchor).toBe('p1');
    expect(preferredPlace([], 's')).toBeUndefined();
  });
});

describe('boxGroups', () => {
  it('groups the box’s items under their headings', () => {
    const file: IndexedFile = {
      key: 'k',
      folder: 'sections',
      lang: 'zh',
      id: 'i',
      blocks: [
        block({ anchor: 'p1' }),
        block({ kind: 'heading', inBox: true, parts: ['加强'], anchor: 'p19' }),
        block({ kind: 'item', inBox: true, figures: ['x', 'y'], anchor: 'p21' }),
      ],
    };
    expect(boxGroups(file)).toEqual([{ heading: '加强', items: [{ anchor: 'p21', figures: ['x', 'y'] }] }]);
  });
});

describe('gatherTopic', () => {
  const topicFiles = new Map<string, IndexedFile>([
    [
      'sections/en/s',
      {
        key: 'sections/en/s',
        folder: 'sections',
        lang: 'en',
        id: 's',
        blocks: [
          block({ anchor: 'p1', parts: ['Gig workers joined: ', { fig: 'a' }], figures: ['a'], glossary: ['gig'] }),
          block({ kind: 'story', ref: 't' }),
          block({ anchor: 'p3', parts: ['Nothing here'], glossary: ['other'] }),
        ],
      },
    ],
    [
      'stories/en/t',
      {
        key: 'stories/en/t',
        folder: 'stories',
        lang: 'en',
        id: 't',
        blocks: [block({ anchor: 'p2', parts: ['Riders'], glossary: ['gig'] })],
      },
    ],
  ]);
  it('gathers every paragraph naming a term, once, on the story’s own page when it is a story’s', () => {
    const topic = gatherTopic(topicFiles, ['s'], 'en', new Set(['gig']), (id) => `[${id}]`);
    expect(topic.passages.map((p) => [p.route, p.anchor, p.text])).toEqual([
      [{ kind: 'section', id: 's' }, 'p1', 'Gig workers joined: [a]'],
      [{ kind: 'story', id: 't' }, 'p2', 'Riders'],
    ]);
    expect(topic.figures).toEqual(['a']);
    expect(topic.stories).toEqual(['t']);
  });
});
