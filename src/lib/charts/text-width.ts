const cjk = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/**
 * Advance widths in em of DejaVu Sans, regular and bold, measured in Chromium: the widest of
 * the common system faces, so a label that fits by this table fits in San Francisco, Segoe UI
 * or Roboto too. The browser tests check every chart label against the real font.
 */
const widths: Record<string, [number, number]> = {
  ' ': [0.32, 0.35],
  '!': [0.4, 0.46],
  '"': [0.46, 0.52],
  '#': [0.84, 0.84],
  $: [0.64, 0.7],
  '%': [0.95, 1],
  '&': [0.78, 0.87],
  "'": [0.27, 0.31],
  '(': [0.39, 0.46],
  ')': [0.39, 0.46],
  '*': [0.5, 0.52],
  '+': [0.84, 0.84],
  ',': [0.32, 0.38],
  '-': [0.36, 0.42],
  '.': [0.32, 0.38],
  '/': [0.34, 0.37],
  '0': [0.64, 0.7],
  '1': [0.64, 0.7],
  '2': [0.64, 0.7],
  '3': [0.64, 0.7],
  '4': [0.64, 0.7],
  '5': [0.64, 0.7],
  '6': [0.64, 0.7],
  '7': [0.64, 0.7],
  '8': [0.64, 0.7],
  '9': [0.64, 0.7],
  ':': [0.34, 0.4],
  ';': [0.34, 0.4],
  '<': [0.84, 0.84],
  '=': [0.84, 0.84],
  '>': [0.84, 0.84],
  '?': [0.53, 0.58],
  '@': [1, 1],
  A: [0.71, 0.77],
  B: [0.69, 0.76],
  C: [0.7, 0.73],
  D: [0.77, 0.83],
  E: [0.63, 0.68],
  F: [0.58, 0.68],
  G: [0.77, 0.82],
  H: [0.75, 0.84],
  I: [0.29, 0.37],
  J: [0.29, 0.37],
  K: [0.66, 0.77],
  L: [0.56, 0.64],
  M: [0.86, 1],
  N: [0.75, 0.84],
  O: [0.79, 0.85],
  P: [0.6, 0.73],
  Q: [0.79, 0.85],
  R: [0.69, 0.77],
  S: [0.63, 0.68],
  T: [0.6, 0.7],
  U: [0.73, 0.81],
  V: [0.68, 0.77],
  W: [0.99, 1.1],
  X: [0.69, 0.77],
  Y: [0.61, 0.72],
  Z: [0.69, 0.73],
  '[': [0.39, 0.46],
  '\\': [0.34, 0.37],
  ']': [0.39, 0.46],
  '^': [0.84, 0.84],
  _: [0.5, 0.5],
  '`': [0.5, 0.5],
  a: [0.61, 0.67],
  b: [0.63, 0.72],
  c: [0.55, 0.59],
  d: [0.63, 0.72],
  e: [0.62, 0.68],
  f: [0.34, 0.41],
  g: [0.63, 0.72],
  h: [0.63, 0.71],
  i: [0.28, 0.34],
  j: [0.28, 0.34],
  k: [0.58, 0.67],
  l: [0.28, 0.34],
  m: [0.97, 1.04],
  n: [0.63, 0.71],
  o: [0.61, 0.69],
  p: [0.63, 0.72],
  q: [0.63, 0.72],
  r: [0.4, 0.49],
  s: [0.52, 0.6],
  t: [0.39, 0.48],
  u: [0.63, 0.71],
  v: [0.59, 0.65],
  w: [0.82, 0.92],
  x: [0.59, 0.65],
  y: [0.59, 0.65],
  z: [0.52, 0.58],
  '{': [0.64, 0.71],
  '|': [0.34, 0.37],
  '}': [0.64, 0.71],
  '~': [0.84, 0.84],
  '·': [0.32, 0.38],
  '–': [0.5, 0.5],
  '—': [1, 1],
  '‘': [0.32, 0.38],
  '’': [0.32, 0.38],
  '“': [0.52, 0.66],
  '”': [0.52, 0.66],
};

/**
 * Estimated rendered width of a string; CJK and full-width characters are 1em, and so are
 * curly quotes in Chinese text, which the CJK face sets full-width.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  const chinese = cjk.test(text);
  let ems = 0;
  for (const char of text) {
    const known = chinese && /[“”‘’]/.test(char) ? undefined : widths[char];
    if (known) ems += known[bold ? 1 : 0];
    else ems += cjk.test(char) || /[“”‘’]/.test(char) ? (bold ? 1.03 : 1) : bold ? 0.72 : 0.64;
  }
  return ems * fontSize;
}

/**
 * Chinese line-breaking rules (禁则), as a Chinese desk sets them: a line never starts with
 * closing punctuation (the mark belongs to the character before it) and never ends with opening
 * punctuation (the mark belongs to the character after it). Dashes and ellipses come in pairs
 * (——, ……) and count as closing, so a pair is never split and never opens a line.
 */
const noLineStart = new Set([...'，。、；：？！）》」』】〕〉”’…—·,.;:?!)]}%％～〗〙〛']);
const noLineEnd = new Set([...'（《「『【〔〈“‘([{〖〘〚']);

/**
 * Breaks a label into lines no wider than maxWidth: at spaces for English, anywhere for
 * Chinese (which has no spaces) except inside a run of Latin letters or digits (489.4万 never
 * splits as 48 / 9.4万), never leaving a line empty, never starting a line with closing
 * punctuation and never ending one with opening punctuation. Where a break would break those
 * rules, the characters before it move down with the punctuation (a shorter line, never a wider
 * one), as long as the line keeps at least one token.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const tokens = /\s/.test(text) ? text.split(/(?<=\s)/) : (text.match(/[A-Za-z0-9]+(?:[.,:/][A-Za-z0-9]+)*%?|./gsu) ?? []);
  const lines: string[][] = [];
  let line: string[] = [];
  const width = (parts: string[]) => estimateTextWidth(parts.join('').trimEnd(), fontSize, bold);
  for (const token of tokens) {
    if (line.length && width([...line, token]) > maxWidth) {
      const next = [token.trimStart()];
      while (line.length > 1 && breaksRule(line, next)) next.unshift(line.pop() ?? '');
      lines.push(line);
      line = next;
    } else {
      line.push(token);
    }
  }
  if (line.join('').trim()) lines.push(line);
  return lines.map((parts) => parts.join('').trimEnd());
}

/** True when a break between `before` and `after` would start a line with closing punctuation or end one with opening punctuation. */
function breaksRule(before: string[], after: string[]): boolean {
  const last = [...before.join('').trimEnd()].at(-1) ?? '';
  const first = [...after.join('').trimStart()][0] ?? '';
  return noLineStart.has(first) || noLineEnd.has(last);
}
