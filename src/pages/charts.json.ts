import { citationsOf } from '../utils/cite';
import type { APIRoute } from 'astro';
import { getChartModel, getChartSpecs } from '../utils/charts';
import { getEmbedInfo } from '../utils/embeds';
import { embedPaths } from '../lib/embed/urls';
import { hantUrls } from '../lib/traditional/page';
import { href } from '../utils/site';
import { toTraditional } from '../utils/traditional';

/**
 * The chart catalogue newsroom tools (and our tests) read: every chart's embeds, images and data,
 * in the three editions (the 繁體 one is the 简体 one converted, as its pages are).
 */
export const GET: APIRoute = async () => {
  const specs = await getChartSpecs();
  const hant = (path: string) => hantUrls(path, import.meta.env.BASE_URL);
  const catalogue = await Promise.all(
    specs.map(async (spec) => {
      const zh = embedPaths('zh', spec.id);
      const en = embedPaths('en', spec.id);
      const title = getChartModel(spec, 'zh').title;
      const citation = (await getEmbedInfo(spec, 'zh')).citation;
      // The 繁體 citation is formatted from the converted words (src/utils/cite.ts).
      return {
        id: spec.id,
        title: { zh: title, 'zh-hant': toTraditional(title), en: getChartModel(spec, 'en').title },
        embed: { zh: href(zh.page), 'zh-hant': hant(href(zh.page)), en: href(en.page) },
        oembed: { zh: href(zh.oembed), 'zh-hant': hant(href(zh.oembed)), en: href(en.oembed) },
        image: {
          svg: { zh: href(zh.svg), 'zh-hant': hant(href(zh.svg)), en: href(en.svg) },
          png: { zh: href(zh.png), 'zh-hant': hant(href(zh.png)), en: href(en.png) },
        },
        data: href(zh.csv),
        citation: {
          zh: citation,
          'zh-hant': (await citationsOf('zh-hant', { kind: 'chart', id: spec.id })).text,
          en: (await getEmbedInfo(spec, 'en')).citation,
        },
      };
    }),
  );
  return new Response(JSON.stringify(catalogue, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
