import type { APIRoute } from 'astro';
import { t } from '../i18n/ui';
import { href } from '../utils/site';

/** The web app manifest, generated so start_url and icons respect the base path. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: `${t('zh', 'site.title')} · ${t('en', 'site.title')}`,
      short_name: t('zh', 'site.title'),
      description: t('en', 'site.description'),
      lang: 'zh-CN',
      start_url: href('/'),
      scope: href('/'),
      display: 'standalone',
      background_color: '#fbf8f3',
      theme_color: '#a61b1b',
      icons: [{ src: href('/favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
