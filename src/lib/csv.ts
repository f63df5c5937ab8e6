/**
 * A text cell that a spreadsheet would read as a formula (=, +, -, @, tab, carriage return or
 * NUL first) gets a leading apostrophe, OWASP's rule against CSV injection: a label such as
 * =HYPERLINK(…) must open as text, never as a live formula. Numbers are written as numbers.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r\0]/.test(text) ? `'${text}` : text;
}

/**
 * One CSV field. Every text field is quoted (RFC 4180), not only those holding a comma: a
 * spreadsheet set to split on ";" would otherwise start a new cell inside "a;=1+1", and that
 * cell would be a live formula.
 */
export function csvField(value: string | number | boolean | undefined): string {
  if (typeof value !== 'string') return value === undefined ? '' : String(value);
  return `"${neutraliseFormula(value).replace(/"/g, '""')}"`;
}

/** A CSV document with a UTF-8 byte-order mark, so Excel opens Chinese text correctly. */
export function toCsv(header: string[], rows: (string | number | boolean | undefined)[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Reads CSV as RFC 4180 writes it (quoted fields, doubled quotes, CRLF rows), after a BOM. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
