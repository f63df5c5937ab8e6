import type { APIRoute } from 'astro';
import { createLoaderScript } from '../../lib/embed/loader-script';

/** The loader pasted with every embed; its fallback origin is the configured site. */
export const GET: APIRoute = () =>
  new Response(createLoaderScript(new URL(import.meta.env.SITE ?? 'http://localhost').origin), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
