import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { langs, type Lang } from '../i18n/locales';
import { t, type UiKey } from '../i18n/ui';
import { buildChartModel, drawChart, type ChartModel } from '../lib/charts/model';
import { renderStandaloneSvg } from '../lib/charts/standalone-svg';
import { estimateEmbedHeight, type EmbedCodeInput } from '../lib/embed/embed-code';
import { embedPaths, loaderPath, type EmbedPaths } from '../lib/embed/urls';
import { getFigureMap } from './content';
import { absoluteUrl, routeHref } from './site';

type ChartSpec = CollectionEntry<'charts'>['data'];

/** A chart's model in a language, with the ids of every figure it shows. */
export async function getChartModel(spec: ChartSpec, lang: Lang): Promise<{ model: ChartModel; figureIds: string[]; hasConflict: boolean }> {
  const figures = await getFigureMap();
  const lookup = (id: string) => {
    const figure = figures.get(id);
    return figure && { ...figure, id };
  };
  const model = buildChartModel(spec, lookup, lang, { main: t(lang, 'chart.tag.box'), compare: t(lang, 'chart.tag.body') });
  const ids = model.steps.flatMap((s) => s.highlight).concat(model.rows?.inputs.flatMap((r) => [r.id, ...(r.compare ? [r.compare.id] : [])]) ?? []);
  const figureIds = [...new Set(ids)];
  return { model, figureIds, hasConflict: figureIds.some((f) => figures.get(f)?.conflictsWith) };
}

/** Every chart spec, in the ledger file's order. */
export async function getChartSpecs(): Promise<ChartSpec[]> {
  return (await getCollection('charts')).map((entry) => entry.data);
}

/** Props of a page or file that exists once per chart and language (a type, not an
 * interface, so it satisfies Astro's Record-typed props). */
export type ChartLangProps = {
  lang: Lang;
  spec: ChartSpec;
};

/**
 * getStaticPaths for the per-chart, per-language routes under /[lang]/embed/[chart]/.
 * Routes with a [file] segment (the SVG and PNG downloads) name it `<chart>-<lang>`.
 */
export async function eachChartAndLang(withFile = false): Promise<{ params: Record<string, string>; props: ChartLangProps }[]> {
  const specs = await getChartSpecs();
  return langs.flatMap((lang) => specs.map((spec) => ({
    params: { lang, chart: spec.id, ...(withFile ? { file: `${spec.id}-${lang}` } : {}) },
    props: { lang, spec },
  })));
}

/** The notes printed under a chart: the log-scale hint and the box-versus-text warning. */
export function chartNotes(lang: Lang, model: ChartModel, hasConflict: boolean): string[] {
  return [
    ...(model.rows?.scale === 'log' ? [t(lang, 'chart.logNote')] : []),
    ...(hasConflict ? [t(lang, 'chart.conflictNote')] : []),
  ];
}

/** The standalone SVG download of a chart (also the source of its PNG). */
export async function getStandaloneSvg(spec: ChartSpec, lang: Lang): Promise<{ svg: string; width: number; height: number }> {
  const { model, hasConflict } = await getChartModel(spec, lang);
  return renderStandaloneSvg(model, {
    kicker: `${t(lang, 'chart.label')} · ${t(lang, `chart.period.${spec.period}` as UiKey)}`,
    notes: chartNotes(lang, model, hasConflict),
    source: t(lang, 'chart.source'),
    credit: `${t(lang, 'site.title')} · ${absoluteUrl(`/${lang}/`)}`,
  });
}

// The narrowest embed: a 320px phone with the host page's own 16px margins and ours.
const NARROW_CONTENT = 256;

/** Everything the Embed control, the embed page and the oEmbed file share. */
export async function getEmbedInfo(spec: ChartSpec, lang: Lang): Promise<{ paths: EmbedPaths; code: EmbedCodeInput; storyHref: string; sectionTitle: string; citation: string }> {
  const { model, hasConflict } = await getChartModel(spec, lang);
  const paths = embedPaths(lang, spec.id);
  const section = await getEntry('sections', `${lang}/${spec.section}`);
  const storyHref = `${routeHref(lang, { kind: 'section', id: spec.section })}#chart-${spec.id}`;
  const standalone = await getStandaloneSvg(spec, lang);
  const height = estimateEmbedHeight({
    chartHeight: drawChart(model, NARROW_CONTENT, 0).height,
    title: model.title,
    stepTexts: model.steps.map((s) => s.text),
    notes: chartNotes(lang, model, hasConflict),
    width: NARROW_CONTENT,
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
  const citation = t(lang, 'embed.citation', { title: model.title, site: t(lang, 'site.title'), url: code.storyUrl });
  return { paths, code, storyHref, sectionTitle: section?.data.navTitle ?? spec.section, citation };
}
