import { isEmbedPath } from './urls';

/** One block of a Netlify / Cloudflare Pages `_headers` file. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

const everyPage: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];
const siteOnly: [string, string][] = [
  ['Content-Security-Policy', "frame-ancestors 'self'"],
  ['X-Frame-Options', 'SAMEORIGIN'],
];
// Any newsroom may frame the embeds; they get no X-Frame-Options, which cannot say "anyone".
const embeddable: [string, string][] = [['Content-Security-Policy', 'frame-ancestors *']];
// Astro names the files in /_astro/ by their content hash, so a reader never needs to fetch one twice.
const hashedAssets: [string, string][] = [['Cache-Control', 'public, max-age=31536000, immutable']];

interface Folder {
  files: Set<string>;
  folders: Map<string, Folder>;
}

function buildTree(paths: string[]): Folder {
  const root: Folder = { files: new Set(), folders: new Map() };
  for (const path of paths) {
    const parts = path.split('/').filter(Boolean);
    let folder = root;
    for (const part of parts.slice(0, -1)) {
      const next = folder.folders.get(part) ?? { files: new Set(), folders: new Map() };
      folder.folders.set(part, next);
      folder = next;
    }
    folder.files.add(parts.at(-1) ?? '');
  }
  return root;
}

/**
 * Path patterns that together match every built file exactly once: a folder with no embed
 * inside becomes one `folder/*`; a folder holding embeds is split into its own files and
 * subfolders. Hosts merge every rule that matches a path, so an embed must never also match
 * a site-wide `/*` rule: its frame-ancestors would become "'self', *" and X-Frame-Options
 * would still forbid framing.
 */
export function computeHeaderPatterns(paths: string[]): { site: string[]; embed: string[] } {
  const site: string[] = [];
  const embed: string[] = [];
  const walk = (folder: Folder, prefix: string) => {
    for (const file of [...folder.files].sort()) {
      // A folder's page is requested as /zh/ and as /zh/index.html: both get its rule.
      const paths = file === 'index.html' ? [prefix, `${prefix}index.html`] : [`${prefix}${file}`];
      for (const path of paths) (isEmbedPath(path) ? embed : site).push(path);
    }
    for (const [name, child] of [...folder.folders].sort(([a], [b]) => a.localeCompare(b))) {
      const path = `${prefix}${name}/`;
      if (isEmbedPath(path)) embed.push(`${path}*`);
      else if (containsEmbed(child, path)) walk(child, path);
      else site.push(`${path}*`);
    }
  };
  walk(buildTree(paths), '/');
  return { site, embed };
}

function containsEmbed(folder: Folder, prefix: string): boolean {
  return [...folder.folders].some(([name, child]) => isEmbedPath(`${prefix}${name}/`) || containsEmbed(child, `${prefix}${name}/`));
}

/** The rules for every built file (paths relative to the output folder, e.g. "/zh/index.html"). */
export function computeHeaderRules(paths: string[], base: string): HeaderRule[] {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const { site, embed } = computeHeaderPatterns(paths);
  return [
    // Headers every response may carry go in one catch-all rule, so a 404 at an unknown path
    // gets them too; a header in it is never also in another rule (hosts would repeat it).
    { pattern: `${prefix}/*`, headers: everyPage },
    ...site.map((p) => ({ pattern: prefix + p, headers: [...siteOnly, ...(p === '/_astro/*' ? hashedAssets : [])] })),
    ...embed.map((p) => ({ pattern: prefix + p, headers: embeddable })),
  ];
}

/** Writes rules in the `_headers` format both Netlify and Cloudflare Pages read. */
export function formatHeaders(rules: HeaderRule[]): string {
  const head = '# Generated at build time by src/lib/embed/headers.ts: embeds may be framed anywhere, other pages only by this site.\n';
  return head + rules.map((r) => `${r.pattern}\n${r.headers.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`).join('');
}
