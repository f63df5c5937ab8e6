import type { TestProject } from 'vitest/node';
import { distDir } from '../support/site';
import { serveStatic } from '../../scripts/serve-dist.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

/** Serves the built site once for all browser tests. */
export default async function setup(project: TestProject) {
  const { server, origin } = await serveStatic(distDir);
  project.provide('origin', origin);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
