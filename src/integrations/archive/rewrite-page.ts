import { parse } from 'node-html-parser';
import { toArchiveUrl } from '../../lib/relative-url';
import type { ClassicScripts } from './classic-scripts';

const urlAttributes = ['href', 'src', 'action', 'poster'];

/**
 * Rewrites one page of the archive pass with an HTML parser: every root-relative URL becomes
 * a page-relative URL to an explicit file, and every module script a deferred classic script.
 * @param file the page's path from the archive root, e.g. "zh/about/index.html"
 */
export async function rewritePage(html: string, file: string, scripts: ClassicScripts): Promise<string> {
  const root = parse(html, { comment: true });
  for (const script of root.querySelectorAll('script[type="module"]')) {
    const src = script.getAttribute('src');
    const classic = src ? await scripts.fromFile(src) : await scripts.fromInline(script.textContent);
    script.removeAttribute('type');
    script.setAttribute('src', classic);
    script.setAttribute('defer', '');
    script.set_content('');
  }
  for (const el of root.querySelectorAll(urlAttributes.map((a) => `[${a}]`).join(','))) {
    for (const name of urlAttributes) {
      const value = el.getAttribute(name);
      if (value !== undefined) el.setAttribute(name, toArchiveUrl(value, file));
    }
  }
  return root.toString();
}
