import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editionList, editions, type Edition } from '../i18n/locales';
import { t } from '../i18n/ui';
import { formatBytes } from '../lib/format-bytes';
import { bylineNames } from '../lib/cite/item';
import { epubArticle } from '../lib/epub/article';
import { packEpub } from '../lib/epub/package';
import { epubCss } from '../lib/epub/style';
import { getEdition } from '../utils/content-index';
import { toTraditional } from '../utils/traditional';
import { sha256 } from './archive/package';

/** The EPUB of an edition: striving-<version>-<edition>.epub, in downloads/. */
export const epubName = (version: string, edition: Edition) => `striving-${version}-${edition}.epub`;

/**
 * After the 繁體 edition is made and before the archive lists downloads/, writes one EPUB 3
 * per edition from its full edition page (src/lib/epub/), with each chart's standalone SVG,
 * and fills the download pages' size and SHA-256 for each. The build stops if a page or chart
 * it needs is missing.
 */
export function epubEditions(): AstroIntegration {
  let base = '/';
  let site = '';
  let version = '0.0.0';
  return {
    name: 'striving:epub',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? '';
        version = (JSON.parse(readFileSync(join(fileURLToPath(config.root), 'package.json'), 'utf8')) as { version: string }).version;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const siteUrl = new URL(base, site || 'http://localhost').toString();
        const facts: Record<string, { bytes: number; sha256: string }> = {};
        mkdirSync(join(out, 'downloads'), { recursive: true });
        for (const edition of editionList) {
          const lang = edition === 'en' ? 'en' : 'zh';
          const words = (text: string) => (edition === 'zh-hant' ? toTraditional(text) : text);
          const page = join(out, edition, 'full', 'index.html');
          if (!existsSync(page)) throw new Error(`EPUB: ${edition}/full/index.html was not built`);
          const svgOf = (id: string) => {
            const file = join(out, edition, 'embed', id, `${id}-${edition}.svg`);
            if (!existsSync(file)) throw new Error(`EPUB: no chart drawing ${edition}/embed/${id}/${id}-${edition}.svg`);
            return readFileSync(file, 'utf8');
          };
          const article = epubArticle(readFileSync(page, 'utf8'), {
            siteUrl,
            chartSrc: (id) => `images/${id}.svg`,
            chartAlt: (id) => /<desc>([^<]*)<\/desc>/.exec(svgOf(id))?.[1]?.replace(/&amp;/g, '&') ?? '',
          });
          const epub = packEpub(
            {
              language: editions[edition].tag,
              identifier: `${new URL(`${edition}/full/`, siteUrl).toString()}#${version}`,
              title: `${words(t(lang, 'site.title'))}${lang === 'en' ? ': ' : '：'}${words(t(lang, 'site.subtitle'))}`,
              // The byline read once, as the citations read it: 刘磊 is one name, and so is Liu Lei (family name first in English too).
              creators: [
                words(t(lang, 'site.publisher')),
                ...bylineNames(words(t(lang, 'site.byline'))).map(({ family = '', given = '' }) =>
                  lang === 'en' ? `${family} ${given}`.trim() : `${family}${given}`,
                ),
              ],
              publisher: words(t(lang, 'site.title')),
              released: getEdition().released,
              summary: words(t(lang, 'epub.summary')),
              contents: words(t(lang, 'epub.contents')),
              css: epubCss,
              chartSvg: svgOf,
            },
            article,
          );
          const file = epubName(version, edition);
          writeFileSync(join(out, 'downloads', file), epub);
          facts[edition] = { bytes: epub.length, sha256: sha256(epub) };
          logger.info(`downloads/${file}: ${epub.length} bytes`);
        }
        for (const edition of editionList) stampEpubs(join(out, edition, 'download', 'index.html'), facts);
      },
    },
  };
}

/** Writes each EPUB's size and SHA-256 into a download page (text only, so CSP hashes hold). */
function stampEpubs(path: string, facts: Record<string, { bytes: number; sha256: string }>): void {
  let html = readFileSync(path, 'utf8');
  for (const [edition, { bytes, sha256: hash }] of Object.entries(facts)) {
    const size = new RegExp(`(<[^>]*data-epub-size="${edition}"[^>]*>)[^<]*`);
    const sum = new RegExp(`(<[^>]*data-epub-sha256="${edition}"[^>]*>)[^<]*`);
    if (!size.test(html) || !sum.test(html)) throw new Error(`${path}: no place for the ${edition} EPUB's size and SHA-256`);
    html = html.replace(size, `$1${formatBytes(bytes)}`).replace(sum, `$1${hash}`);
  }
  writeFileSync(path, html);
}
