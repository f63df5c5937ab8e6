import type { APIRoute } from 'astro';
import { getChartModel, getChartSpecs } from '../utils/charts';
import { getEmbedInfo } from '../utils/embeds';
import { embedPaths } from '../lib/embed/urls';
import { href } from '../utils/site';

/** The chart catalogue newsroom tools (and our tests) read: every chart's embeds, images and data. */
export const GET: APIRoute = async () => {
  const specs = await getChartSpecs();
  const catalogue = await Promise.all(
    specs.map(async (spec) => {
      const zh = embedPaths('zh', spec.id);
      const en = embedPaths('en', spec.id);
      return {
        id: spec.id,
        title: { zh: getChartModel(spec, 'zh').title, en: getChartModel(spec, 'en').title },
        embed: { zh: href(zh.page), en: href(en.page) },
        oembed: { zh: href(zh.oembed), en: href(en.oembed) },
        image: { svg: { zh: href(zh.svg), en: href(en.svg) }, png: { zh: href(zh.png), en: href(en.png) } },
        data: href(zh.csv),
        citation: { zh: (await getEmbedInfo(spec, 'zh')).citation, en: (await getEmbedInfo(spec, 'en')).citation },
      };
    }),
  );
  return new Response(JSON.stringify(catalogue, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
