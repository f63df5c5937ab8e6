import type { TestProject } from 'vitest/node';
import { currentEngine, needsProbe } from '../support/engines';
import { serveSite } from '../support/engines/server';
import { distDir } from '../support/site';

declare module 'vitest' {
  export interface ProvidedContext {
    engineOrigin: string;
  }
}

/** Serves the built site once for this engine's run, with the probe in its pages where the engine needs one. */
export default async function setup(project: TestProject) {
  const site = await serveSite(distDir, { probe: needsProbe(currentEngine()) });
  project.provide('engineOrigin', site.origin);
  return () => site.stop();
}
