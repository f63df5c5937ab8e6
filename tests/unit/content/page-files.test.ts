import { describe, expect, it } from 'vitest';
import { pageFiles } from '../../../src/lib/content/page-files';

const files = new Set([
  'sections/zh/union-reform',
  'sections/en/union-reform',
  'sections/zh/introduction',
  'sections/en/introduction',
  'stories/zh/li-junqi',
  'stories/en/li-junqi',
  'pages/zh/about',
  'pages/en/about',
]);
const has = (key: string) => files.has(key);
const sections = ['introduction', 'union-reform'];

describe('pageFiles', () => {
  it('names the file of a section, story or page in its language', () => {
    expect(pageFiles('/en/union-reform/', '/', has, sections)).toEqual([['sections/en/union-reform']]);
    expect(pageFiles('/zh/stories/li-junqi/', '/', has, sections)).toEqual([['stories/zh/li-junqi']]);
    expect(pageFiles('/en/about/', '/', has, sections)).toEqual([['pages/en/about']]);
  });
  it('numbers the full edition as one page, in article order', () => {
    expect(pageFiles('/zh/full/', '/', has, sections)).toEqual([['sections/zh/introduction', 'sections/zh/union-reform']]);
  });
  it('numbers each language of a parallel view on its own', () => {
    expect(pageFiles('/en/stories/li-junqi/parallel/', '/', has, sections)).toEqual([['stories/zh/li-junqi'], ['stories/en/li-junqi']]);
    expect(pageFiles('/zh/union-reform/parallel/', '/', has, sections)).toEqual([
      ['sections/zh/union-reform'],
      ['sections/en/union-reform'],
    ]);
  });
  it('reads paths under a base, and gives nothing for pages without article text', () => {
    expect(pageFiles('/special/striving/en/union-reform/', '/special/striving/', has, sections)).toEqual([['sections/en/union-reform']]);
    for (const path of [
      '/',
      '/en/',
      '/en/numbers/',
      '/en/topics/care/',
      '/en/stories/no-such/',
      '/fr/union-reform/',
      '/en/embed/organising/',
    ])
      expect(pageFiles(path, '/', has, sections), path).toBeUndefined();
  });
});
