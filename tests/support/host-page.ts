import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './site';

/**
 * A newsroom's page on another origin: a second local server that serves whatever HTML a
 * test registers, so embeds are tested across origins as they run in the wild.
 */
export async function startHostServer() {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const html = pages.get(new URL(req.url ?? '/', 'http://host').pathname);
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    /** Registers a page and returns its URL. */
    page(path: string, html: string) {
      pages.set(path, html);
      return `http://127.0.0.1:${port}${path}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An article page with an embed code pasted between two paragraphs, the way a CMS would. */
export function articleWith(embedCode: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>News</title><link rel="icon" href="data:,">
<style>body{margin:0;font:16px/1.5 Georgia,serif}article{max-width:640px;margin:0 auto;padding:0 16px}</style></head>
<body><article><h1>A newsroom's story</h1><p>Paragraph before the chart.</p>${embedCode}<p>Paragraph after the chart.</p></article></body></html>`;
}

/** The oEmbed document of a built embed, with its URLs pointed at the test server. */
export function readOEmbed(lang: string, id: string, siteOrigin: string): { html: string; height: number; title: string } {
  const oembed = JSON.parse(readFileSync(join(distDir, lang, 'embed', id, 'oembed.json'), 'utf8')) as {
    html: string;
    height: number;
    title: string;
    provider_url: string;
  };
  const built = new URL(oembed.provider_url).origin;
  return { ...oembed, html: oembed.html.split(built).join(siteOrigin) };
}
