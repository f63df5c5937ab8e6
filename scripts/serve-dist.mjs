// A minimal static server for scripts: folder URLs get index.html, misses get 404.html.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, resolve, sep } from 'node:path';

/** The content types the site's files need (service workers, manifests and wasm included); the offline test host uses it too. */
export const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.mjs': 'text/javascript',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.pf_meta': 'application/octet-stream',
};

/**
 * The file a static host answers a URL path with, as every test and benchmark server here does:
 * folders get index.html, misses and paths outside the folder get 404.html with status 404, and
 * a malformed escape is a 400 (file undefined).
 * @param root an absolute folder
 */
export function resolveFile(root, pathname) {
  let path;
  try {
    path = resolve(root, `.${decodeURIComponent(pathname)}`);
  } catch {
    return { status: 400, file: undefined, type: 'text/plain' };
  }
  // Inside the folder only: "/..%2fdist.old" decodes to a sibling whose name starts like ours.
  if (path !== root && !path.startsWith(root + sep)) return { status: 404, file: join(root, '404.html'), type: types['.html'] };
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  const found = existsSync(path);
  const file = found ? path : join(root, '404.html');
  return { status: found ? 200 : 404, file, type: types[extname(file)] ?? 'application/octet-stream' };
}

/**
 * Serves a folder on a free loopback port; resolves to { server, origin }.
 * With { gzip: true } it compresses text as any real host does, so timings match what readers get.
 */
export function serveStatic(dir, port = 0, { gzip = false } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const { status, file, type } = resolveFile(root, new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      res.writeHead(status).end();
      return;
    }
    const compress = gzip && /text|json|xml|svg|javascript|wasm/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(status, {
      'Content-Type': type,
      ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    if (compress) createReadStream(file).pipe(createGzip()).pipe(res);
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })),
  );
}
