import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-dist.mjs';
import { distDir, htmlFiles } from '../support/site';

describe('the built site is valid', () => {
  it('passes html-validate (recommended + document presets) on every page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = htmlFiles();
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(join(distDir, file));
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    console.log(`html-validate: ${files.length} pages checked`);
    expect(problems).toEqual([]);
  });

  it('has no broken internal link, anchor or asset', async () => {
    // Served like a static host; canonical links point at SITE_URL, which is configuration, so only this origin is followed.
    const { server, origin } = await serveStatic(distDir);
    try {
      const escaped = origin.replace(/[.:/]/g, '\\$&');
      const result = await new LinkChecker().check({
        path: `${origin}/`,
        recurse: true,
        checkFragments: true,
        linksToSkip: [`^(?!${escaped})`],
      });
      const checked = result.links.filter((l) => l.state !== 'SKIPPED');
      const broken = checked.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent})`);
      console.log(`linkinator: ${checked.length} internal links, anchors and assets checked`);
      expect(checked.length).toBeGreaterThanOrEqual(htmlFiles().length - 1);
      expect(broken).toEqual([]);
    } finally {
      server.close();
    }
  });
});
