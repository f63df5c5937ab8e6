import { parse } from 'node-html-parser';
import { formatBuildDate } from '../../lib/format-bytes';
import { toArchiveUrl } from '../../lib/relative-url';
import type { ClassicScripts } from './classic-scripts';

const urlAttributes = ['href', 'src', 'action', 'poster', 'data-index-src'];

/**
 * Rewrites one hosted page for the offline archive, with an HTML parser:
 * - parts marked data-hosted-only (the service worker, Pagefind search, embed codes) go,
 *   parts marked data-archive-only (the offline search) are shown, and <html> says which
 *   edition it is, for scripts;
 * - every root-relative URL becomes a page-relative URL to an explicit file (the base path
 *   of the hosted build dropped), since a folder link opens a directory listing over file://;
 * - every module script becomes a deferred classic script, since module scripts do not run
 *   over file:// (module preloads go with them).
 * @param file the page's path from the archive root, e.g. "zh/about/index.html"
 */
export async function rewritePage(
  html: string,
  file: string,
  scripts: ClassicScripts,
  options: { base: string; builtAt: string },
): Promise<string> {
  const root = parse(html, { comment: true });
  root.querySelector('html')?.setAttribute('data-edition', 'archive');
  for (const el of root.querySelectorAll('[data-hosted-only]')) el.remove();
  for (const el of root.querySelectorAll('[data-archive-only]')) {
    el.removeAttribute('hidden');
    el.removeAttribute('data-archive-only');
  }
  const lang = root.querySelector('html')?.getAttribute('lang') === 'en' ? 'en' : 'zh';
  for (const el of root.querySelectorAll('[data-archive-built]')) {
    el.setAttribute('datetime', options.builtAt);
    el.set_content(formatBuildDate(options.builtAt, lang));
  }
  for (const link of root.querySelectorAll('link[rel="modulepreload"]')) link.remove();
  for (const script of root.querySelectorAll('script[type="module"]')) {
    const src = script.getAttribute('src');
    const classic = src ? await scripts.fromFile(src.slice(options.base.length - 1)) : await scripts.fromInline(script.textContent);
    script.removeAttribute('type');
    script.setAttribute('src', classic);
    script.setAttribute('defer', '');
    script.set_content('');
  }
  const prefix = options.base.slice(0, -1);
  for (const el of root.querySelectorAll(urlAttributes.map((a) => `[${a}]`).join(','))) {
    for (const name of urlAttributes) {
      const value = el.getAttribute(name);
      if (value === undefined) continue;
      const local = prefix && value.startsWith(`${prefix}/`) ? value.slice(prefix.length) : value;
      el.setAttribute(name, toArchiveUrl(local, file));
    }
  }
  return root.toString();
}
