import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { langs, type Lang } from '../../i18n/locales';
import { t } from '../../i18n/ui';
import { drawWholeChart } from '../../lib/charts/registry';
import { routePath, type Route } from '../../lib/paths';
import { cardPath, socialCardSvg, type CardText } from '../../lib/social-card';
import { sitePages } from '../../site';
import { getChartModel, getChartSpecs } from '../../utils/charts';
import { allRoutes } from '../../utils/page-list';
import { renderPng } from '../../utils/png';
import { hantSvg } from '../../lib/traditional/svg';
import { toTraditional } from '../../utils/traditional';
import { absoluteUrl } from '../../utils/site';

/** `hant`: the 繁體 twin of a 简体 card, its text converted and drawn in traditional glyphs. */
type Props = { text: CardText; chart?: string | undefined; lang: Lang; hant?: boolean };

/** The words on a page's card, from the same content as the page. */
async function cardFor(lang: Lang, route: Route): Promise<CardText> {
  const base = {
    lang,
    site: t(lang, 'site.title'),
    footer: `${t(lang, 'site.publisher')} · ${t(lang, 'site.byline')}`,
    url: absoluteUrl(routePath(lang, route)),
  };
  if (route.kind === 'home') return { ...base, title: t(lang, 'site.subtitle') };
  if (route.kind === 'section') {
    const entry = await getEntry('sections', `${lang}/${route.id}`);
    return {
      ...base,
      kicker: entry?.data.role === 'part' ? t(lang, 'section.part', { n: (entry?.data.order ?? 2) - 1 }) : entry?.data.navTitle,
      title: entry?.data.title ?? route.id,
    };
  }
  if (route.kind === 'story') {
    const entry = await getEntry('stories', `${lang}/${route.id}`);
    const section = entry ? await getEntry('sections', `${lang}/${entry.data.section}`) : undefined;
    return { ...base, kicker: `${t(lang, 'story.kicker')} · ${section?.data.navTitle ?? ''}`, title: entry?.data.title ?? route.id };
  }
  if (route.kind === 'topic') {
    const topic = (await getCollection('topics')).find((e) => e.data.id === route.id)?.data;
    return { ...base, kicker: t(lang, 'topics.title'), title: topic?.title[lang] ?? route.id };
  }
  if (route.kind === 'chart') {
    const spec = (await getChartSpecs()).find((s) => s.id === route.id);
    const model = spec ? getChartModel(spec, lang) : undefined;
    return { ...base, kicker: model?.kicker, title: model?.title ?? route.id, footer: t(lang, 'chart.source') };
  }
  const page = sitePages.find((p) => p.id === route.id);
  return { ...base, title: page ? t(lang, page.label) : route.id };
}

export const getStaticPaths = (async () => {
  const routes = await allRoutes();
  const pages = await Promise.all(
    langs.flatMap((lang) =>
      routes.map(async (route) => ({
        params: { card: cardPath(routePath(lang, route)).slice('/og/'.length, -'.png'.length) },
        // A chart's page has the chart itself on its card.
        props: { lang, text: await cardFor(lang, route), chart: route.kind === 'chart' ? route.id : undefined } satisfies Props,
      })),
    ),
  );
  const landing = {
    params: { card: 'index' },
    props: {
      lang: 'zh' as Lang,
      text: {
        lang: 'zh' as const,
        site: `${t('zh', 'site.title')} · ${t('en', 'site.title')}`,
        title: t('zh', 'site.subtitle'),
        footer: `${t('zh', 'site.publisher')} · ${t('zh', 'site.byline')}`,
        url: absoluteUrl('/'),
      },
    },
  };
  // Every 简体 card has a 繁體 twin under /og/zh-hant/, for the pages made from the 简体 ones.
  const hant = pages
    .filter((p) => p.props.lang === 'zh')
    .map((p) => ({ params: { card: `zh-hant/${p.params.card.slice('zh/'.length)}` }, props: { ...p.props, hant: true } }));
  return [...pages, ...hant, landing];
}) satisfies GetStaticPaths;

/** A page's or chart's social card: 1200×630 PNG drawn at build time with the bundled Noto fonts, in the page's language. */
export const GET: APIRoute<Props> = async ({ props, url }) => {
  const spec = props.chart ? (await getChartSpecs()).find((s) => s.id === props.chart) : undefined;
  const model = spec ? getChartModel(spec, props.lang) : undefined;
  const chart = model ? { ...drawWholeChart(model, 480), width: 480 } : undefined;
  const svg = socialCardSvg(props.text, chart);
  const drawn = props.hant ? hantSvg(svg, toTraditional, import.meta.env.BASE_URL) : svg;
  return new Response(await renderPng(drawn, url.pathname, 1), { headers: { 'Content-Type': 'image/png' } });
};
