import { getEntry } from 'astro:content';
import type { Lang } from '../i18n/locales';
import { t } from '../i18n/ui';
import { drawChart } from '../lib/charts/registry';
import { NARROW_EMBED } from '../lib/charts/dimensions';
import { renderStandaloneSvg } from '../lib/charts/standalone-svg';
import { estimateEmbedHeight, type EmbedCodeInput } from '../lib/embed/embed-code';
import { embedPaths, loaderPath, type EmbedPaths } from '../lib/embed/urls';
import type { EmbedPanelData } from '../lib/embed/options';
import { translatePath } from '../lib/paths';
import { toTraditional } from './traditional';
import { citationsOf } from './cite';
import type { ChartSpec } from '../schemas/chart';
import { chartNotes, getChartModel } from './charts';
import { absoluteUrl, routeHref } from './site';

const standalone = new Map<string, { svg: string; width: number; height: number }>();

/**
 * The standalone SVG download of a chart (also the source of its PNG), drawn once per chart and
 * language: the SVG and PNG routes, the Embed control, the embed page and oEmbed all ask for it.
 */
export function getStandaloneSvg(spec: ChartSpec, lang: Lang): { svg: string; width: number; height: number } {
  const key = `${spec.id}/${lang}`;
  const cached = standalone.get(key);
  if (cached) return cached;
  const model = getChartModel(spec, lang);
  const drawn = renderStandaloneSvg(model, {
    notes: chartNotes(lang, model),
    source: t(lang, 'chart.source'),
    credit: `${t(lang, 'site.title')} · ${absoluteUrl(`/${lang}/`)}`,
  });
  standalone.set(key, drawn);
  return drawn;
}

/** Everything the Embed control, the embed page and the oEmbed file share. */
export async function getEmbedInfo(
  spec: ChartSpec,
  lang: Lang,
): Promise<{ paths: EmbedPaths; code: EmbedCodeInput; storyHref: string; sectionTitle: string; citation: string }> {
  const model = getChartModel(spec, lang);
  const paths = embedPaths(lang, spec.id);
  const section = await getEntry('sections', `${lang}/${spec.section}`);
  const storyHref = `${routeHref(lang, { kind: 'section', id: spec.section })}#chart-${spec.id}`;
  const standalone = getStandaloneSvg(spec, lang);
  const height = estimateEmbedHeight({
    chartHeight: drawChart(model, NARROW_EMBED, 0).height,
    title: model.title,
    keys: model.keys.map((key) => key.text),
    stepTexts: model.steps.map((s) => s.text),
    notes: chartNotes(lang, model),
    width: NARROW_EMBED,
  });
  const code: EmbedCodeInput = {
    id: spec.id,
    title: model.title,
    pageUrl: absoluteUrl(paths.page),
    loaderUrl: absoluteUrl(loaderPath),
    pngUrl: absoluteUrl(paths.png),
    storyUrl: new URL(storyHref, import.meta.env.SITE).toString(),
    height,
    png: { width: standalone.width * 2, height: standalone.height * 2 },
  };
  const citation = (await citationsOf(lang, { kind: 'chart', id: spec.id })).text;
  return { paths, code, storyHref, sectionTitle: section?.data.navTitle ?? spec.section, citation };
}

/** The Embed panel's view of all three editions of a chart's embed (the 繁體 one is made from the 简体). */
export async function getEmbedPanelData(spec: ChartSpec): Promise<EmbedPanelData> {
  const zh = (await getEmbedInfo(spec, 'zh')).code;
  const en = (await getEmbedInfo(spec, 'en')).code;
  return {
    id: spec.id,
    loaderUrl: zh.loaderUrl,
    editions: {
      zh: { pageUrl: zh.pageUrl, title: zh.title, height: zh.height },
      'zh-hant': {
        pageUrl: absoluteUrl(translatePath(embedPaths('zh', spec.id).page, '/', 'zh-hant')),
        title: toTraditional(zh.title),
        height: zh.height,
      },
      en: { pageUrl: en.pageUrl, title: en.title, height: en.height },
    },
  };
}
