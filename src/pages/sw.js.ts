import type { APIRoute } from 'astro';
import source from '../service-worker/sw.js?raw';
import pkg from '../../package.json';
import { buildId } from '../utils/archive';

/**
 * The service worker, with its cache name tied to this build: every deploy changes the file,
 * so browsers install the new worker, which deletes the old caches.
 */
export const GET: APIRoute = () => {
  const constants = `const CACHE = ${JSON.stringify(`striving-${pkg.version}-${buildId()}`)};\nconst BASE = ${JSON.stringify(import.meta.env.BASE_URL)};\n`;
  return new Response(constants + source, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
