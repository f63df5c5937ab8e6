import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { computeHeaderRules, formatHeaders } from '../lib/embed/headers';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Writes dist/_headers after the build, from the files actually built, so no page is left out. */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const paths = listFiles(out)
          .map((file) => `/${relative(out, file).split(sep).join('/')}`)
          .filter((p) => p !== '/_headers');
        const rules = computeHeaderRules(paths, base);
        writeFileSync(join(out, '_headers'), formatHeaders(rules));
        logger.info(`_headers: ${rules.length} rules`);
      },
    },
  };
}
