import { describe, expect, it } from 'vitest';
import { pageRecords } from '../../../src/lib/search/page-records';
import { fromPagefind, toPagefind } from '../../../src/lib/search/pagefind-record';

const html = `<html><body><main data-pagefind-meta="kind:section"><article data-pagefind-meta="section:工会改革和建设">
<h1>持续深化工会改革和建设<span class="chapter-deck"> 桥梁和纽带</span></h1>
<section class="story-inline"><h2 id="story-a">故事</h2><p id="p106" data-para>故事段落</p></section>
<p id="p110" data-para>“十四五<sup class="note-ref"><a href="#note-2">2</a></sup>”时期，发展工会会员489.4万人。<a class="para-switch" data-pagefind-ignore>Read this paragraph in English</a></p>
<div data-pagefind-ignore><p id="p999" data-para>注释</p></div>
<h2 id="later">后来的标题</h2>
<p id="p112" data-para>另一段</p>
<figure id="chart-organising" data-chart="organising"><h2 class="chart-title" id="chart-organising-title">图表标题</h2><svg><text>9</text></svg>
<ol class="scrolly-steps"><li class="scrolly-step"><p class="step-counter">1 / 2</p><p>第一步</p><p class="sr-only">Highlighted</p></li></ol></figure>
</article></main></body></html>`;

describe('pageRecords', () => {
  const records = pageRecords({
    url: '/zh/union-reform/',
    html,
    signposts: (a) => (a === 'p110' ? [{ words: ['入会'], scope: 'passage' as const }] : []),
  });
  it('makes a record of the title, each anchored paragraph and heading, and each chart, in reading order', () => {
    expect(records.map((r) => [r.url, r.block])).toEqual([
      ['/zh/union-reform/', 'title'],
      ['/zh/union-reform/#p110', 'paragraph'],
      ['/zh/union-reform/#later', 'heading'],
      ['/zh/union-reform/#p112', 'paragraph'],
      ['/zh/union-reform/#chart-organising', 'chart'],
    ]);
  });
  it('keeps the visible text only: no note markers or language links', () => {
    expect(records[1]?.text).toBe('“十四五”时期，发展工会会员489.4万人。');
  });
  it('titles every record with the page title (without its deck), under the heading it sits in', () => {
    expect(records[1]).toMatchObject({ title: '持续深化工会改革和建设', kind: 'section', section: '工会改革和建设', heading: undefined });
    expect(records[3]?.heading).toBe('后来的标题');
    expect(records[4]).toMatchObject({ kind: 'chart', heading: '图表标题', text: '图表标题 第一步' });
  });
  it('carries readers’ words for a paragraph', () => {
    expect(records[1]?.signposts).toEqual([{ words: ['入会'], scope: 'passage' as const }]);
  });
  it('survives Pagefind: the result shows the text, never the readers’ words', () => {
    const stored = toPagefind(records[1]!, 'zh-cn');
    expect(stored.content).toContain('入会');
    expect(fromPagefind({ url: stored.url, content: stored.content, meta: stored.meta })).toEqual(records[1]);
  });
});

describe('pageRecords on the opening section', () => {
  it('titles results by the page’s name where its heading is the site’s name', () => {
    const opening = `<html><head><title>引言 · 奋斗的礼赞</title></head><body><main data-pagefind-meta="kind:section"><h1>奋斗的礼赞</h1><p id="p5" data-para>正文</p></main></body></html>`;
    expect(pageRecords({ url: '/zh/introduction/', html: opening, signposts: () => [] }).map((r) => r.title)).toEqual(['引言', '引言']);
  });
});
