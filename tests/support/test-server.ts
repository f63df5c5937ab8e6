import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { resolveFile } from '../../scripts/serve-dist.mjs';

/** How the test host behaves right now; tests change it between steps. */
export interface HostMode {
  /** The network is gone: every connection is dropped. */
  down: boolean;
  /** A captive portal: these paths answer 200 with its login page instead of the file. */
  portal: Set<string>;
  /** Every response carries Vary: Origin, as astro preview sends. */
  vary: boolean;
  /** Every request answers this status with an error page (a 502 or 503 in an outage). */
  status: number | undefined;
  /** Every response waits this long first (a slow, "lie-fi" network). */
  delayMs: number;
}

/**
 * A static host for the offline tests whose network can fail in the ways readers meet: gone,
 * a captive portal answering 200 with its own page, an outage's 5xx, a slow network, or a
 * server that sends Vary headers.
 */
export async function startTestHost(dir: string): Promise<{ origin: string; mode: HostMode; close: () => Promise<void> }> {
  const mode: HostMode = { down: false, portal: new Set(), vary: false, status: undefined, delayMs: 0 };
  const root = resolve(dir);
  // Slow answers still waiting when a test closes the host are dropped, not sent from a folder
  // the test may have removed.
  const waiting = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    if (mode.delayMs > 0) {
      const timer = setTimeout(() => {
        waiting.delete(timer);
        respond(req, res);
      }, mode.delayMs);
      waiting.add(timer);
      return;
    }
    respond(req, res);
  });
  const respond = (req: IncomingMessage, res: ServerResponse) => {
    if (mode.down) {
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const vary = mode.vary ? { Vary: 'Origin' } : {};
    if (mode.status) {
      res.writeHead(mode.status, { 'Content-Type': 'text/html; charset=utf-8', ...vary });
      res.end(`<!doctype html><title>${mode.status}</title><h1>${mode.status} upstream error</h1>`);
      return;
    }
    if (mode.portal.has(url.pathname)) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...vary });
      res.end('<!doctype html><title>Hotel Wi-Fi</title><h1>Please log in to use the Wi-Fi</h1>');
      return;
    }
    const { status, file, type } = resolveFile(root, url.pathname);
    if (!file) {
      res.writeHead(status).end();
      return;
    }
    res.writeHead(status, { 'Content-Type': type, ...vary });
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    mode,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of waiting) clearTimeout(timer);
        waiting.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
