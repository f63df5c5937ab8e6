import type { APIRoute } from 'astro';
import { t } from '../i18n/ui';
import { href } from '../utils/site';
import { palettes } from '../../tailwind.config';

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
      background_color: palettes.light.paper,
      theme_color: palettes.light.accent,
      // PNG icons at 192 and 512 px are what Chrome needs to offer "Add to home screen".
      icons: [
        { src: href('/favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: href('/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: href('/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
