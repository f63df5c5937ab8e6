import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { listFiles } from './archive/package';

/**
 * Moves each page's Content-Security-Policy <meta> to the top of <head>, right after the
 * charset. Astro writes it where the head's styles go, after the page's own head elements;
 * anything above it that broke out of its element (as a "</script>" in front matter once
 * did from the JSON-LD) would run unchecked, or push the policy into <body> where browsers
 * ignore it. Nothing above it now comes from content.
 */
export function cspFirst(): AstroIntegration {
  return {
    name: 'striving:csp-first',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const file of listFiles(out).filter((f) => f.endsWith('.html'))) {
          const path = join(out, file);
          const root = parse(readFileSync(path, 'utf8'), { comment: true });
          const head = root.querySelector('head');
          const csp = head?.querySelector('meta[http-equiv="content-security-policy"]');
          const charset = head?.querySelector('meta[charset]');
          if (!head || !csp) continue;
          csp.remove();
          if (charset) charset.insertAdjacentHTML('afterend', csp.toString());
          else head.insertAdjacentHTML('afterbegin', csp.toString());
          writeFileSync(path, root.toString());
        }
      },
    },
  };
}
