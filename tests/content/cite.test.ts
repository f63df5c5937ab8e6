import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { charts, distDir, htmlFiles, readPage, root } from '../support/site';

const figures = (JSON.parse(readFileSync(join(root, 'content', 'figures.json'), 'utf8')) as { id: string }[]).map((f) => f.id);
const items = [...charts.map((id) => ['charts', id] as const), ...figures.map((id) => ['figures', id] as const)];
const editions = ['zh', 'zh-hant', 'en'] as const;
const file = (path: string) => readFileSync(join(distDir, path), 'utf8');

describe('citation files', () => {
  it('exist for every chart and figure in each edition, and read back as the item they cite', () => {
    expect(items.length).toBeGreaterThan(60);
    for (const [kind, id] of items) {
      for (const edition of editions) {
        const path = `cite/${edition}/${kind}/${id}`;
        const fromBib = new Cite(file(`${path}.bib`)).data as { title: string; URL: string; author: unknown[] }[];
        const fromRis = new Cite(file(`${path}.ris`)).data as { title: string; URL: string; author: unknown[] }[];
        for (const [name, data] of [
          ['bib', fromBib],
          ['ris', fromRis],
        ] as const) {
          expect(data, `${path}.${name}`).toHaveLength(1);
          expect(data[0]?.author, `${path}.${name}`).toHaveLength(3);
          expect(data[0]?.URL, `${path}.${name}`).toContain(
            kind === 'charts' ? `/${edition}/charts/${id}/` : `/${edition}/numbers/#fig-${id}`,
          );
        }
        expect(fromBib[0]?.title).toBe(fromRis[0]?.title);
      }
    }
  });

  it('match the text the page shows', () => {
    const page = readPage('zh/charts/places/index.html');
    const text = page.querySelector('[data-chart=places] [data-cite-text]')?.textContent ?? '';
    const ris = file('cite/zh/charts/places.ris');
    expect(text).toContain('工会驿站和工会妈妈小屋的数量远超其他服务阵地[EB/OL]');
    expect(ris).toContain('TI  - 工会驿站和工会妈妈小屋的数量远超其他服务阵地');
    const hant = readPage('zh-hant/numbers/index.html').querySelector('#fig-lectures-events [data-cite-text]')?.textContent ?? '';
    expect(hant).toMatch(
      /^山東省總工會, 劉磊, 馮路\. 開展宣講：3\.5萬餘[^\n]*\[EB\/OL\]\. 奮鬥的禮讚 [\d.]+版, \d{4}\[\d{4}-\d\d-\d\d\]\. https?:\/\/[^ ]+\/zh-hant\/numbers\/#fig-lectures-events\.$/,
    );
  });
});

describe('printed text', () => {
  it('leaves no {figure-id} placeholder on any page', () => {
    const left = htmlFiles()
      .filter((f) => !f.includes('/embed/'))
      .flatMap((f) =>
        [...(readPage(f).querySelector('body')?.textContent ?? '').matchAll(/\{[a-z][a-z0-9]*(?:-[a-z0-9]+)+\}/g)].map(
          (m) => `${f}: ${m[0]}`,
        ),
      );
    expect(left).toEqual([]);
  });
});
