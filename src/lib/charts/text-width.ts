const cjk = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F“”‘’]/;

/**
 * Estimated rendered width of a string in a system sans-serif: CJK and full-width characters
 * are 1em; Latin capitals about 0.68em, other letters and digits 0.56em, spaces and narrow
 * punctuation 0.3em. Deliberately a little wide, so a label laid out by it never runs past
 * its box in the real font (the browser tests measure that).
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    if (cjk.test(char)) ems += 1;
    else if (/[A-Z%@&]/.test(char)) ems += 0.68;
    else if (/[\s.,:;'’!|()·-]/.test(char)) ems += 0.3;
    else ems += 0.56;
  }
  return ems * fontSize * (bold ? 1.07 : 1);
}

/**
 * Breaks a label into lines no wider than maxWidth: at spaces for English, anywhere for
 * Chinese (which has no spaces), never leaving a line empty.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const tokens = /\s/.test(text) ? text.split(/(?<=\s)/) : [...text];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && estimateTextWidth((line + token).trimEnd(), fontSize, bold) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
