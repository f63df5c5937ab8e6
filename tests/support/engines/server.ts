import { createReadStream, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { resolveFile } from '../../../scripts/serve-dist.mjs';
import { injectProbe } from './probe';

export interface SiteServer {
  /** http://localhost:<port>: a name, not an address, so an embed host on 127.0.0.1 is another site. */
  origin: string;
  port: number;
  /** Stops listening and drops open connections: the site is then offline. */
  stop(): Promise<void>;
}

/**
 * Serves the built site as a static host does (folders get index.html, misses get 404.html
 * with status 404) on one free port at both loopback addresses, since engines resolve
 * "localhost" to ::1 or 127.0.0.1. With { probe: true } every HTML page gets the WebKit probe.
 */
export async function serveSite(dir: string, { probe = false } = {}): Promise<SiteServer> {
  const root = resolve(dir);
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const { status, file, type } = resolveFile(root, url.pathname);
    if (!file) {
      res.writeHead(status).end();
      return;
    }
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
    if (probe && type.startsWith('text/html')) res.end(injectProbe(readFileSync(file, 'utf8')));
    else createReadStream(file).pipe(res);
  };
  const listen = (server: Server, port: number, host: string) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  // The port the IPv4 listener got may be taken on ::1: then try another.
  for (let attempt = 0; ; attempt += 1) {
    const v4 = createServer(handler);
    const v6 = createServer(handler);
    const port = await listen(v4, 0, '127.0.0.1');
    try {
      await listen(v6, port, '::1');
    } catch (error) {
      v4.close();
      if (attempt < 5) continue;
      throw error;
    }
    return site([v4, v6], port);
  }
}

function site(servers: Server[], port: number): SiteServer {
  return {
    origin: `http://localhost:${port}`,
    port,
    stop: () =>
      Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      ).then(() => undefined),
  };
}
