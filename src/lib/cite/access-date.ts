/**
 * Citations are formatted at build time, dated the day the edition was released; the reader's
 * browser writes in the day they read it. Each format prints the access date in its own way:
 * GB/T 7714 "[2026-12-07]", BibTeX "accessed 2026-12-07", RIS "Y2  - 2026/12/7/" (an ELEC
 * record's "M1  - 2026/12/7/"). Only those spellings are replaced, so a release date printed
 * beside them stays.
 */
export type CiteFormat = 'text' | 'bibtex' | 'ris';

const iso = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
const ris = (d: Date) => `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}/`;

/** A local calendar day as a UTC midnight, so the date read back is the reader's own day. */
export function today(now = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

export function restamp(citation: string, format: CiteFormat, from: Date, to: Date): string {
  switch (format) {
    case 'text':
      return citation.split(`[${iso(from)}]`).join(`[${iso(to)}]`);
    case 'bibtex':
      return citation.split(`accessed ${iso(from)}`).join(`accessed ${iso(to)}`);
    case 'ris':
      return citation.replace(new RegExp(`^(Y2|M1)  - ${ris(from)}$`, 'gm'), `$1  - ${ris(to)}`);
  }
}
