/** Estimated rendered width of a string: CJK and full-width characters are 1em, Latin about 0.58em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F“”‘’]/.test(char) ? 1 : 0.58;
  return ems * fontSize;
}

/**
 * Breaks a label into lines no wider than maxWidth: at spaces for English, anywhere for
 * Chinese (which has no spaces), never leaving a line empty.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = /\s/.test(text) ? text.split(/(?<=\s)/) : [...text];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && estimateTextWidth((line + token).trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
