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
  const file = (folder: 'sections' | 'stories', lang: string, id: string, blocks: IndexedFile['blocks']): [string, IndexedFile] => [
    `${folder}/${lang}/${id}`,
    { key: `${folder}/${lang}/${id}`, folder, lang, id, blocks },
  ];
  const topicFiles = new Map<string, IndexedFile>([
    file('sections', 'zh', 's', [
      block({ anchor: 'p1', parts: ['新就业形态劳动者入会', { fig: 'a' }], figures: ['a'] }),
      block({ kind: 'story', ref: 't' }),
      block({ anchor: 'p3', parts: ['别的事'] }),
    ]),
    file('stories', 'zh', 't', [block({ anchor: 'p2', parts: ['“新就业形态劳动者之家”'] })]),
    // The English renders the term two ways and not at all in p2: the Chinese decides.
    file('sections', 'en', 's', [
      block({ anchor: 'p1', parts: ['Gig workers joined: ', { fig: 'a' }], figures: ['a'] }),
      block({ kind: 'story', ref: 't' }),
      block({ anchor: 'p3', parts: ['Workers in new forms of employment, elsewhere'] }),
    ]),
    file('stories', 'en', 't', [block({ anchor: 'p2', parts: ['“Home for Riders”'] })]),
  ]);
  it.each(['zh', 'en'])('gathers in %s the paragraphs whose Chinese names a term, once, on the story’s own page', (lang) => {
    const topic = gatherTopic(topicFiles, ['s'], lang, ['新就业形态劳动者'], (id) => `[${id}]`);
    expect(topic.passages.map((p) => [p.route, p.anchor])).toEqual([
      [{ kind: 'section', id: 's' }, 'p1'],
      [{ kind: 'story', id: 't' }, 'p2'],
    ]);
    expect(topic.passages[0]?.text).toBe(lang === 'zh' ? '新就业形态劳动者入会[a]' : 'Gig workers joined: [a]');
    expect(topic.figures).toEqual(['a']);
    expect(topic.stories).toEqual(['t']);
  });
});
