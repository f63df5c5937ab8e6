import { zipSync, type Zippable } from 'fflate';
import type { EpubArticle } from './article';

/** What the package says of the book besides its text. */
export interface EpubBook {
  /** The edition's language tag: zh-CN, zh-Hant, en. */
  language: string;
  /** A stable identifier: the edition's full-text URL with the version. */
  identifier: string;
  title: string;
  /** The article's authors: the organisation, then the byline's people. */
  creators: string[];
  publisher: string;
  /** YYYY-MM-DD */
  released: string;
  /** One line for the accessibility summary, in the book's language. */
  summary: string;
  /** The table of contents' heading, in the book's language. */
  contents: string;
  css: string;
  /** Each chart's SVG file. */
  chartSvg: (id: string) => string;
}

const x = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const xhtml = (lang: string, title: string, body: string, extra = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}"${extra}><head><meta charset="UTF-8"/><title>${x(title)}</title><link rel="stylesheet" type="text/css" href="style.css"/></head><body>${body}</body></html>\n`;

/** The navigation document: parts, with their stories under them. */
function nav(book: EpubBook, article: EpubArticle): string {
  const items: string[] = [];
  let open = false;
  for (const entry of article.toc) {
    if (entry.level === 1) {
      if (open) items.push('</ol></li>');
      items.push(`<li><a href="text.xhtml#${entry.id}">${x(entry.title)}</a>`);
      const hasStories = article.toc[article.toc.indexOf(entry) + 1]?.level === 2;
      if (hasStories) items.push('<ol>');
      else items.push('</li>');
      open = hasStories;
    } else items.push(`<li><a href="text.xhtml#${entry.id}">${x(entry.title)}</a></li>`);
  }
  if (open) items.push('</ol></li>');
  return xhtml(
    book.language,
    book.contents,
    `<nav epub:type="toc" id="toc" role="doc-toc"><h1>${x(book.contents)}</h1><ol>${items.join('')}</ol></nav>`,
  );
}

function opf(book: EpubBook, article: EpubArticle): string {
  const charts = article.charts.map((id) => `<item id="chart-${id}" href="images/${id}.svg" media-type="image/svg+xml"/>`).join('');
  const creators = book.creators.map((name, i) => `<dc:creator id="creator-${i + 1}">${x(name)}</dc:creator>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${book.language}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">${x(book.identifier)}</dc:identifier>
<dc:title>${x(book.title)}</dc:title>
<dc:language>${book.language}</dc:language>
${creators}
<dc:publisher>${x(book.publisher)}</dc:publisher>
<dc:date>${book.released}</dc:date>
<meta property="dcterms:modified">${book.released}T00:00:00Z</meta>
<meta property="schema:accessMode">textual</meta>
<meta property="schema:accessMode">visual</meta>
<meta property="schema:accessModeSufficient">textual</meta>
<meta property="schema:accessibilityFeature">alternativeText</meta>
<meta property="schema:accessibilityFeature">structuralNavigation</meta>
<meta property="schema:accessibilityFeature">tableOfContents</meta>
<meta property="schema:accessibilityFeature">readingOrder</meta>
<meta property="schema:accessibilityHazard">none</meta>
<meta property="schema:accessibilitySummary">${x(book.summary)}</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="text" href="text.xhtml" media-type="application/xhtml+xml"/>
<item id="css" href="style.css" media-type="text/css"/>
${charts}
</manifest>
<spine page-progression-direction="ltr">
<itemref idref="text"/>
<itemref idref="nav" linear="no"/>
</spine>
</package>
`;
}

/**
 * An EPUB 3 file: the mimetype entry first and stored uncompressed (readers find the format
 * from the first bytes), then the container, package, navigation, text, style and charts.
 * Every entry is dated the release day, so one build's book is the same bytes as the next's.
 */
export function packEpub(book: EpubBook, article: EpubArticle): Uint8Array {
  const text = new TextEncoder();
  const folder: Zippable = {
    mimetype: [text.encode('application/epub+zip'), { level: 0 }],
    'META-INF': {
      'container.xml': text.encode(
        '<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles></container>\n',
      ),
    },
    EPUB: {
      'package.opf': text.encode(opf(book, article)),
      'nav.xhtml': text.encode(nav(book, article)),
      'text.xhtml': text.encode(xhtml(book.language, article.title, article.body)),
      'style.css': text.encode(book.css),
      images: Object.fromEntries(article.charts.map((id) => [`${id}.svg`, text.encode(book.chartSvg(id))])),
    },
  };
  return zipSync(folder, { level: 9, mtime: new Date(`${book.released}T00:00:00Z`) });
}
