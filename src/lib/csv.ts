/**
 * A text cell that a spreadsheet would read as a formula (=, +, -, @, tab or carriage return
 * first) gets a leading apostrophe, OWASP's rule against CSV injection: a label such as
 * =HYPERLINK(…) must open as text, never as a live formula. Numbers are written as numbers.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document with a UTF-8 byte-order mark, so Excel opens Chinese text correctly. */
export function toCsv(header: string[], rows: (string | number | boolean | undefined)[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
