import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-dist.mjs';

let parent = '';
let server: Server;
let origin = '';

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'striving-serve-'));
  mkdirSync(join(parent, 'dist', 'zh'), { recursive: true });
  mkdirSync(join(parent, 'dist.old'));
  writeFileSync(join(parent, 'dist', 'zh', 'index.html'), 'page');
  writeFileSync(join(parent, 'dist', '404.html'), 'not here');
  writeFileSync(join(parent, 'dist.old', 'secret.txt'), 'SECRET-FROM-SIBLING');
  ({ server, origin } = await serveStatic(join(parent, 'dist')));
});

afterAll(() => {
  server.close();
  if (parent.startsWith(tmpdir())) rmSync(parent, { recursive: true, force: true });
});

describe('the static server used by benchmarks and tests', () => {
  it('serves folder URLs as their index.html', async () => {
    const response = await fetch(`${origin}/zh/`);
    expect([response.status, await response.text()]).toEqual([200, 'page']);
  });
  it('never serves a sibling folder whose name starts like its own', async () => {
    for (const path of [
      '/..%2fdist.old%2fsecret.txt',
      '/../dist.old/secret.txt',
      '/%2e%2e/dist.old/secret.txt',
      '/..%5cdist.old%5csecret.txt',
    ]) {
      const response = await fetch(`${origin}${path}`);
      expect([response.status, await response.text()], path).toEqual([404, 'not here']);
    }
  });
  it('answers a malformed escape with 400 and keeps serving', async () => {
    expect((await fetch(`${origin}/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${origin}/zh/`)).status).toBe(200);
  });
});
