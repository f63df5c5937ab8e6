import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

/**
 * Module scripts do not run over file:// (Chromium and Firefox block them as cross-origin),
 * so the archive gets each one re-bundled by esbuild as a classic, self-contained script.
 */
export class ClassicScripts {
  private readonly made = new Map<string, string>();

  constructor(private readonly outDir: string) {}

  /** Site path of the classic copy of a bundled module file, e.g. /_astro/Chart.x.classic.js. */
  async fromFile(sitePath: string): Promise<string> {
    return this.make(sitePath.replace(/\.m?js$/, ''), { entryPoints: [join(this.outDir, sitePath)] });
  }

  /** Site path of a classic script holding an inline module script's code. */
  async fromInline(code: string): Promise<string> {
    const name = `/_astro/inline.${createHash('sha256').update(code).digest('hex').slice(0, 10)}`;
    return this.make(name, { stdin: { contents: code, resolveDir: join(this.outDir, '_astro'), loader: 'js' } });
  }

  /** Deletes the module files the archive no longer uses. */
  removeModules(): void {
    const dir = join(this.outDir, '_astro');
    for (const name of readdirSync(dir)) if (name.endsWith('.js') && !name.endsWith('.classic.js')) rmSync(join(dir, name));
  }

  private async make(name: string, input: Pick<Parameters<typeof build>[0], 'entryPoints' | 'stdin'>): Promise<string> {
    const sitePath = `${name}.classic.js`;
    if (this.made.has(sitePath)) return sitePath;
    await build({
      ...input,
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2020',
      logLevel: 'error',
      outfile: join(this.outDir, sitePath),
      plugins: [this.siteRoot(), noModulePreload()],
    });
    this.made.set(sitePath, sitePath);
    return sitePath;
  }

  /** Resolves imports such as "/_astro/chunk.js" inside the built site rather than the disk root. */
  private siteRoot(): Plugin {
    return {
      name: 'site-root',
      setup: (b) =>
        b.onResolve({ filter: /^\// }, (args) => ({ path: args.path.startsWith(this.outDir) ? args.path : join(this.outDir, args.path) })),
    };
  }
}

/**
 * Vite wraps each dynamic import in a helper that first adds <link rel=modulepreload> for the
 * chunks the import needs. Once esbuild has folded those chunks into one classic script, the
 * links would only ask for files the archive does not ship (and file:// refuses modules), so
 * the helper becomes a plain call of the import.
 */
function noModulePreload(): Plugin {
  return {
    name: 'no-module-preload',
    setup: (b) =>
      b.onLoad({ filter: /[\\/]preload-helper\.[^/\\]+\.js$/ }, (args) => {
        const names = /export\s*\{([^}]*)\}/.exec(readFileSync(args.path, 'utf8'))?.[1] ?? '';
        const exported = names
          .split(',')
          .map((n) =>
            n
              .trim()
              .split(/\s+as\s+/)
              .pop(),
          )
          .filter(Boolean);
        const contents = `const load = (importer) => importer();\nexport { ${exported.map((n) => `load as ${n}`).join(', ')} };`;
        return { contents, loader: 'js' };
      }),
  };
}
