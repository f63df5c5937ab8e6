import { describe, expect, it } from 'vitest';
import { restamp, today } from '../../../src/lib/cite/access-date';
import { formatCitations } from '../../../src/lib/cite/format';
import { bylineNames, citeItem, type CiteInput } from '../../../src/lib/cite/item';

const zh: CiteInput = {
  id: 'organising',
  edition: 'zh',
  title: '新发展的489.4万名会员中，农民工会员319万人',
  genre: '图表',
  url: 'https://example.org/zh/charts/organising/',
  organisation: '山东省总工会',
  byline: '□刘磊 冯路',
  site: '奋斗的礼赞',
  version: '0.1.0',
  released: '2026-12-07',
  accessed: '2026-12-07',
};
const en: CiteInput = {
  ...zh,
  edition: 'en',
  title: 'Of 4.894 million new union members, 3.19 million are migrant workers',
  genre: 'Chart',
  url: 'https://example.org/en/charts/organising/',
  organisation: 'Shandong Federation of Trade Unions',
  byline: 'Liu Lei, Feng Lu',
  site: 'In Praise of Striving',
};

describe('the byline as names', () => {
  it('reads the Chinese and the English byline, family name first', () => {
    expect(bylineNames('□刘磊 冯路')).toEqual([
      { family: '刘', given: '磊' },
      { family: '冯', given: '路' },
    ]);
    expect(bylineNames('Liu Lei, Feng Lu')).toEqual([
      { family: 'Liu', given: 'Lei' },
      { family: 'Feng', given: 'Lu' },
    ]);
  });
});

describe('citations', () => {
  it('in GB/T 7714-2015: the article’s authors, the finding, a web document, the edition and its version and year, the access date and the permalink', () => {
    expect(formatCitations(citeItem(zh)).text).toBe(
      '山东省总工会, 刘磊, 冯路. 新发展的489.4万名会员中，农民工会员319万人[EB/OL]. 奋斗的礼赞 0.1.0版, 2026[2026-12-07]. https://example.org/zh/charts/organising/.',
    );
  });

  it('in APA 7: the authors, the date, the version and genre, the site and the permalink', () => {
    expect(formatCitations(citeItem(en)).text).toBe(
      'Shandong Federation of Trade Unions, Liu, L., & Feng, L. (2026). Of 4.894 million new union members, 3.19 million are migrant workers (Version 0.1.0) [Chart]. In Praise of Striving. https://example.org/en/charts/organising/',
    );
  });

  it('in BibTeX and RIS, with the access date and the Chinese kept', () => {
    const { bibtex, ris } = formatCitations(citeItem(zh));
    expect(bibtex).toMatch(/^@misc\{striving_2026_organising,/);
    expect(bibtex).toContain('title = {新发展的489.4万名会员中，农民工会员319万人}');
    expect(bibtex).toContain('{山东省总工会} and 刘, 磊 and 冯, 路');
    expect(bibtex).toContain('accessed 2026-12-07');
    expect(bibtex).toContain('url = {https://example.org/zh/charts/organising/}');
    expect(ris).toMatch(/^TY {2}- /);
    expect(ris).toContain('AU  - 山东省总工会');
    expect(ris).toContain('PB  - 奋斗的礼赞 0.1.0版');
    expect(ris).toContain('M1  - 2026/12/7/');
    expect(ris).toMatch(/ER {2}- ?$/);
  });
});

describe('RIS', () => {
  it('keeps a long title on one line, whole', () => {
    const title = 'Union rest stations and union mothers’ rooms far outnumber the other places, and say so at length';
    const { ris } = formatCitations(citeItem({ ...en, title }));
    expect(ris.split('\n')).toContain(`TI  - ${title}`);
    expect(ris.split('\n').every((line) => /^[A-Z][A-Z0-9] {2}-( |$)/.test(line))).toBe(true);
  });
});

describe('the access date', () => {
  it('is rewritten to the reader’s day exactly as the styles would print it', () => {
    const later = { ...zh, accessed: '2027-03-05' };
    for (const input of [zh, en]) {
      const built = formatCitations(citeItem(input));
      const wanted = formatCitations(citeItem({ ...input, accessed: later.accessed }));
      const from = new Date(Date.UTC(2026, 11, 7));
      const to = new Date(Date.UTC(2027, 2, 5));
      expect(restamp(built.text, 'text', from, to)).toBe(wanted.text);
      expect(restamp(built.bibtex, 'bibtex', from, to)).toBe(wanted.bibtex);
      expect(restamp(built.ris, 'ris', from, to)).toBe(wanted.ris);
    }
  });

  it('leaves the release date alone when the two are the same day', () => {
    const { ris } = formatCitations(citeItem(zh));
    const later = restamp(ris, 'ris', new Date(Date.UTC(2026, 11, 7)), new Date(Date.UTC(2027, 0, 2)));
    expect(later).toContain('DA  - 2026/12/7/');
    expect(later).toContain('M1  - 2027/1/2/');
  });

  it('is the reader’s local day', () => {
    expect(
      today(new Date(2027, 0, 2, 23, 59))
        .toISOString()
        .slice(0, 10),
    ).toBe('2027-01-02');
  });
});
