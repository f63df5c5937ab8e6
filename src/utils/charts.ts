import { getCollection } from 'astro:content';
import { langs, type Lang } from '../i18n/locales';
import { t, type UiKey } from '../i18n/ui';
import type { ChartStrings } from '../lib/charts/chart-type';
import { buildChartModel, type ChartModel } from '../lib/charts/registry';
import { periods, type Figure } from '../lib/figures';
import type { ChartSpec } from '../schemas/chart';
import { getContentIndex } from './content-index';
import { periodName } from './figures';

/** The UI strings chart models are written with, in one language. */
export function chartStrings(lang: Lang): ChartStrings {
  const index = getContentIndex();
  const units = Object.fromEntries([...new Set(index.figures.map((f) => f.unit))].map((unit) => [unit, t(lang, `unit.${unit}` as UiKey)]));
  return {
    tags: { box: t(lang, 'chart.tag.box'), body: t(lang, 'chart.tag.body') },
    periods: Object.fromEntries([...periods, 'mixed' as const].map((p) => [p, periodName(lang, p)])) as ChartStrings['periods'],
    highlighted: t(lang, 'chart.highlighted'),
    separator: t(lang, 'chart.separator'),
    units,
    ofWhich: t(lang, 'chart.ofWhich'),
    bounds: { more: t(lang, 'chart.bound.more'), under: t(lang, 'chart.bound.under'), moreSymbol: t(lang, 'chart.bound.moreSymbol') },
    chart: t(lang, 'chart.label'),
  };
}

/** Every chart spec, in the content file's order. */
export async function getChartSpecs(): Promise<ChartSpec[]> {
  return (await getCollection('charts')).map((entry) => entry.data);
}

const models = new Map<string, ChartModel>();

/** A chart's model in a language, built once per build. */
export function getChartModel(spec: ChartSpec, lang: Lang): ChartModel {
  const key = `${lang}/${spec.id}`;
  const found = models.get(key);
  if (found) return found;
  const index = getContentIndex();
  const figure = (id: string): Figure => {
    const f = index.figureById.get(id);
    if (!f) throw new Error(`content/charts.json: chart "${spec.id}" names unknown figure "${id}"`);
    return f;
  };
  const model = buildChartModel(spec, { lang, figure, strings: chartStrings(lang) });
  models.set(key, model);
  return model;
}

/** The notes printed under a chart: the box-versus-text warning when the chart shows a contradicted figure. */
export function chartNotes(lang: Lang, model: ChartModel): string[] {
  return model.conflicts.length ? [t(lang, 'chart.conflictNote')] : [];
}

/** Props of a page or file that exists once per chart and language (a type, so it satisfies Astro's Record-typed props). */
export type ChartLangProps = { lang: Lang; spec: ChartSpec };

/**
 * getStaticPaths for the per-chart, per-language routes under /[lang]/embed/[chart]/.
 * Routes with a [file] segment (the SVG and PNG downloads) name it `<chart>-<lang>`.
 */
export async function eachChartAndLang(withFile = false): Promise<{ params: Record<string, string>; props: ChartLangProps }[]> {
  const specs = await getChartSpecs();
  return langs.flatMap((lang) =>
    specs.map((spec) => ({
      params: { lang, chart: spec.id, ...(withFile ? { file: `${spec.id}-${lang}` } : {}) },
      props: { lang, spec },
    })),
  );
}
