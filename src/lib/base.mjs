/**
 * Normalises a base path to "/" or "/a/b/" so links can be joined without doubling slashes.
 * Plain JS because astro.config.mjs loads it before TypeScript is set up.
 * @param {string} base
 * @returns {string}
 */
export function normaliseBase(base) {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
