import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { sitePages } from '../../src/site';

export const root = join(import.meta.dirname, '..', '..');
export const distDir = join(root, process.env.OUT_DIR ?? 'dist');
export const source = readFileSync(join(root, 'content', 'source.txt'), 'utf8');

/** Every file under a folder of the build, as paths relative to dist/. */
export function distFiles(dir = distDir, from = distDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? distFiles(path, from) : [relative(from, path)];
  });
}

/** Every HTML file under a folder of the build, as paths relative to dist/. */
export function htmlFiles(dir = distDir, from = distDir): string[] {
  return distFiles(dir, from).filter((file) => file.endsWith('.html'));
}

/** Parses a built page. */
export function readPage(file: string): HTMLElement {
  return parse(readFileSync(join(distDir, file), 'utf8'));
}

/**
 * The reading text of a page's <main>: site additions marked data-editorial are dropped,
 * so what is left can be compared with the source article.
 */
export function articleText(page: HTMLElement): string {
  const main = page.querySelector('main');
  if (!main) return '';
  for (const el of main.querySelectorAll('[data-editorial]')) el.remove();
  return main.textContent.replace(/\s+/g, ' ');
}

/** Collapses whitespace so HTML formatting does not matter. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The pages of one language, relative to its folder: "stories/li-junqi/index.html" and so on. */
export function langPages(lang: 'zh' | 'en'): string[] {
  return htmlFiles(join(distDir, lang))
    .map((file) => file.slice(lang.length + 1))
    .sort();
}

/** The article's own pages (sections and stories), where the source text lives; not their parallel views. */
export function articlePages(lang: 'zh' | 'en'): string[] {
  const others = ['index.html', 'embed/', ...sitePages.map((p) => `${p.id}/`)];
  return langPages(lang).filter((file) => !others.some((o) => file === o || file.startsWith(o)) && !file.includes('/parallel/'));
}

/**
 * The environment for a child `astro` process. Vitest puts Vite's own variables (BASE_URL,
 * MODE, NODE_ENV=test …) into process.env, and Astro would read them as the page's env.
 */
export function astroEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'NODE_ENV',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'TEST',
  ])
    delete env[key];
  return env;
}

/** The ids of the charts in content/charts.json, in order. */
export const charts: string[] = (JSON.parse(readFileSync(join(root, 'content', 'charts.json'), 'utf8')) as { id: string }[]).map(
  (c) => c.id,
);

/**
 * Runs the project's `astro` in a child process and resolves with its exit status and output.
 * Asynchronous on purpose: a build takes tens of seconds, and a test worker blocked that long
 * misses Vitest's own messages ("Timeout calling onTaskUpdate").
 */
export function runAstro(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/astro/astro.js'), ...args], { cwd: options.cwd, env: options.env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/**
 * Deletes the content store a build of another content folder left (astro.config.mjs keys
 * Astro's cacheDir by the folder's real path), so fixture builds leave nothing behind.
 */
export function removeContentStore(contentDir: string): void {
  if (!existsSync(contentDir)) return;
  const key = createHash('sha256').update(realpathSync(contentDir)).digest('hex').slice(0, 12);
  rmSync(join(root, 'node_modules', '.astro', key), { recursive: true, force: true });
}
