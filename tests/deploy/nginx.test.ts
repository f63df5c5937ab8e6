import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersForPath, parseHeaders } from '../support/headers';
import { distDir, distFiles, root } from '../support/site';

// deploy/nginx.conf served by Debian's real nginx, in the foreground, on a free loopback
// port, with every file it writes inside a temporary prefix.
const nginxPath = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
const mimeTypes = '/etc/nginx/mime.types';
const repoConf = readFileSync(join(root, 'deploy', 'nginx.conf'), 'utf8');

let prefix = '';
let origin = '';
let nginx: ChildProcess | undefined;
let stderr = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The repo's server config with only its `listen` and `root` replaced. */
function testServerConf(port: number, docroot: string): string {
  const listens = repoConf.match(/^\s*listen\s+[^;]+;\s*$/gm) ?? [];
  const roots = repoConf.match(/^\s*root\s+[^;]+;\s*$/gm) ?? [];
  if (listens.length === 0 || roots.length !== 1) throw new Error('deploy/nginx.conf must have listen lines and one root line');
  let first = true;
  return repoConf
    .replace(/^\s*listen\s+[^;]+;\s*$/gm, () => (first ? ((first = false), `    listen 127.0.0.1:${port};`) : ''))
    .replace(/^\s*root\s+[^;]+;\s*$/m, `    root ${docroot};`);
}

beforeAll(async () => {
  if (!existsSync(nginxPath))
    throw new Error(`${nginxPath} is missing: install the Debian package nginx (apt-get install nginx) to test deploy/nginx.conf`);
  if (!existsSync(mimeTypes)) throw new Error(`${mimeTypes} is missing: install the Debian package nginx`);
  prefix = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  // nginx's workers drop to "nobody" when started as root: they must be able to read the root.
  chmodSync(prefix, 0o755);
  // The document root: dist/ as built (each top-level entry linked), plus one file of each
  // type the build does not emit today, so their MIME types are tested too.
  const docroot = join(prefix, 'root');
  mkdirSync(docroot);
  for (const name of readdirSync(distDir)) symlinkSync(join(distDir, name), join(docroot, name));
  mkdirSync(join(docroot, 'types-fixture'));
  writeFileSync(join(docroot, 'types-fixture', 'empty.wasm'), Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
  writeFileSync(join(docroot, 'types-fixture', 'module.mjs'), `export const answer = 42;\n${'// padding so gzip applies\n'.repeat(20)}`);
  for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir));

  const port = await freePort();
  const temp = (name: string) => `${name}_temp_path ${join(prefix, 'temp', name)};`;
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'logs', 'error.log')} warn;
events { worker_connections 64; }
http {
  include ${mimeTypes};
  default_type application/octet-stream;
  access_log ${join(prefix, 'logs', 'access.log')};
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  sendfile on;
${testServerConf(port, docroot)}
}
`,
  );
  nginx = spawn(nginxPath, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'logs', 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  nginx.stderr?.on('data', (chunk: Buffer) => {
    stderr += String(chunk);
  });
  const exited = new Promise<never>((_, reject) => nginx?.once('exit', (code) => reject(new Error(`nginx exited (${code}): ${stderr}`))));
  origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  const ready = (async () => {
    for (;;) {
      try {
        await fetch(`${origin}/`);
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`nginx did not answer on ${origin}: ${String(error)} ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  })();
  await Promise.race([ready, exited]);
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    // SIGQUIT: nginx's graceful shutdown.
    await new Promise<void>((resolve) => {
      nginx?.once('exit', () => resolve());
      nginx?.kill('SIGQUIT');
    });
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(origin + path, { headers: { 'Accept-Encoding': 'identity', ...headers }, redirect: 'manual' });
const siteOnly = { 'content-security-policy': "frame-ancestors 'self'", 'x-frame-options': 'SAMEORIGIN' };
const everywhere = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin' };

function expectHeaders(res: Response, expected: Record<string, string | null>) {
  for (const [name, value] of Object.entries(expected)) expect(res.headers.get(name), `${res.url} ${name}`).toBe(value);
}

describe('deploy/nginx.conf in the real nginx', () => {
  it('frames pages only from the site itself, including the …/index.html forms', async () => {
    for (const path of [
      '/',
      '/zh/',
      '/en/union-reform/',
      '/zh/index.html',
      '/en/union-reform/index.html',
      '/figures.json',
      '/downloads/striving-0.1.0.zip',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expectHeaders(res, { ...siteOnly, ...everywhere });
    }
    expect((await get('/zh/')).headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('lets any site frame the embeds, with no X-Frame-Options', async () => {
    for (const path of [
      '/zh/embed/organising/',
      '/zh-hant/embed/organising/',
      '/en/embed/organising/index.html',
      '/en/embed/organising/oembed.json',
      '/embed/loader.js',
      '/embed/family/family.csv',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expectHeaders(res, { 'content-security-policy': 'frame-ancestors *', 'x-frame-options': null, ...everywhere });
    }
  });

  it("answers unknown paths with the site's 404 page, status 404, framed only by the site", async () => {
    const page = readFileSync(join(distDir, '404.html'), 'utf8');
    for (const path of ['/no-such-page/', '/zh/no-such-section/', '/zh/embed/no-such-chart/', '/_astro/missing.js']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toBe(page);
      expectHeaders(res, { ...siteOnly, ...everywhere, 'cache-control': 'no-cache' });
    }
  });

  it('caches /_astro/ files for a year and revalidates everything else', async () => {
    const asset = readdirSync(join(distDir, '_astro')).find((f) => f.endsWith('.css'));
    const res = await get(`/_astro/${asset}`);
    expect(res.status).toBe(200);
    expectHeaders(res, { 'cache-control': 'public, max-age=31536000, immutable', ...siteOnly, ...everywhere });
    for (const path of ['/zh/', '/en/stories/li-junqi/', '/sw.js', '/pagefind/pagefind.js', '/embed/loader.js', '/zh/embed/family/']) {
      const page = await get(path);
      expect(page.headers.get('cache-control'), path).toBe('no-cache');
      expect(page.headers.get('etag') ?? page.headers.get('last-modified'), `${path} can be revalidated`).toBeTruthy();
    }
    const again = await get('/zh/', { 'If-None-Match': (await get('/zh/')).headers.get('etag') ?? '' });
    expect(again.status).toBe(304);
  });

  it('gzips HTML, JavaScript and CSS for clients that accept it', async () => {
    const files = readdirSync(join(distDir, '_astro'));
    const js = files.find((f) => f.endsWith('.js') && readFileSync(join(distDir, '_astro', f)).length > 1024);
    const css = files.find((f) => f.endsWith('.css'));
    for (const [path, type] of [
      ['/zh/union-reform/', 'text/html'],
      [`/_astro/${js}`, 'application/javascript'],
      [`/_astro/${css}`, 'text/css'],
      ['/figures.json', 'application/json'],
      ['/types-fixture/module.mjs', 'text/javascript'],
    ] as const) {
      const res = await get(path, { 'Accept-Encoding': 'gzip' });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toContain(type);
      expect(res.headers.get('content-encoding'), path).toBe('gzip');
      expect(res.headers.get('vary'), path).toContain('Accept-Encoding');
      // fetch inflates the body: it must be the file as built.
      const text = await res.text();
      if (path.startsWith('/_astro/')) expect(text).toBe(readFileSync(join(distDir, path), 'utf8'));
    }
    expect((await get('/zh/union-reform/')).headers.get('content-encoding'), 'no gzip unless asked').toBeNull();
  });

  it('does not serve _headers', async () => {
    const res = await get('/_headers');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('frame-ancestors');
  });

  it('sends the MIME types service workers, manifests and WebAssembly need', async () => {
    const types: [string, string][] = [
      ['/types-fixture/empty.wasm', 'application/wasm'],
      ['/types-fixture/module.mjs', 'text/javascript; charset=utf-8'],
      ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
      ['/sw.js', 'application/javascript; charset=utf-8'],
      ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
      ['/figures.csv', 'text/csv; charset=utf-8'],
    ];
    for (const [path, type] of types) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe(type);
      expectHeaders(res, everywhere);
    }
    expect((await get('/types-fixture/empty.wasm', { 'Accept-Encoding': 'gzip' })).headers.get('content-type')).toBe('application/wasm');
  });

  it('sends, for one file under every rule of dist/_headers, the framing and caching headers that rule gives', async () => {
    const rules = parseHeaders(readFileSync(join(distDir, '_headers'), 'utf8'));
    const files = distFiles().map((f) => `/${f}`);
    expect(rules.length).toBeGreaterThan(10);
    for (const rule of rules) {
      const path = rule.pattern.endsWith('*') ? files.find((f) => f.startsWith(rule.pattern.slice(0, -1))) : rule.pattern;
      expect(path, `a built file for ${rule.pattern}`).toBeTruthy();
      const res = await get(path ?? '');
      expect(res.status, path).toBe(200);
      const wanted = headersForPath(rules, path ?? '');
      for (const name of ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy']) {
        expect(res.headers.get(name), `${path} ${name}`).toBe(wanted.get(name)?.join(', ') ?? null);
      }
      expect(res.headers.get('cache-control')?.includes('immutable') ?? false, `${path} immutable`).toBe(
        Boolean(wanted.get('cache-control')?.some((v) => v.includes('immutable'))),
      );
    }
  });
});

describe('GitHub Pages', () => {
  it('dist has .nojekyll, so a Jekyll branch deploy keeps _astro/', () => {
    expect(existsSync(join(distDir, '.nojekyll'))).toBe(true);
    expect(existsSync(join(distDir, '_astro'))).toBe(true);
  });
});
