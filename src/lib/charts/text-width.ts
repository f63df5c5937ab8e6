const cjk = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F“”‘’]/;

/**
 * Estimated rendered width of a string in a system sans-serif. Calibrated on DejaVu Sans, the
 * widest of the common system faces (measured in Chromium: lower case 0.56em, capitals 0.67em,
 * digits 0.64em, punctuation 0.3em; bold 13% wider), with CJK and full-width characters at 1em.
 * A label laid out by it fits in any narrower face too; the browser tests measure that.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let latin = 0;
  let wide = 0;
  for (const char of text) {
    if (cjk.test(char)) wide += 1;
    else if (/[A-Z%@&]/.test(char)) latin += 0.68;
    else if (/[0-9]/.test(char)) latin += 0.64;
    else if (/[\s.,:;'’!|()·-]/.test(char)) latin += 0.3;
    else latin += 0.57;
  }
  return (latin * (bold ? 1.14 : 1) + wide * (bold ? 1.03 : 1)) * fontSize;
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
