import { posix } from 'node:path';

/**
 * Turns a root-relative site URL into a URL relative to one file of the archive.
 * Over file:// a folder link opens a directory listing, so folders get an explicit index.html.
 * Anything that is not root-relative (https:, #top, mailto:, already relative) is returned unchanged.
 */
export function toArchiveUrl(url: string, fromFile: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const match = /^([^?#]*)(.*)$/.exec(url);
  const path = match?.[1] ?? url;
  const rest = match?.[2] ?? '';
  const target = (path.endsWith('/') ? `${path}index.html` : path).slice(1);
  const fromDir = posix.dirname(fromFile);
  const relative = posix.relative(fromDir === '.' ? '' : fromDir, target);
  return `${relative === '' ? posix.basename(target) : relative}${rest}`;
}
