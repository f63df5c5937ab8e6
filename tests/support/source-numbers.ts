/** One number as printed in the article, with the text around it. */
export interface SourceNumber {
  text: string;
  line: number;
}

// Digit runs that are dates, ordinals or names, not figures (see content/README.md).
const notFigures = [
  /\d{4}年(\d{1,2}月)?(\d{1,2}日)?/g,
  /\d{1,2}月\d{1,2}日/g,
  /\d{1,2}月/g,
  /\d{1,2}[日号]/g,
  /\d+周年/g,
  /第\d+届/g,
  /“520”/g,
  /“1\+5”/g,
];

/**
 * Every figure-like number in the source with its attached qualifier characters
 * (余 inside or after, 超/超过/近/不足 before, % after), in order.
 */
export function sourceNumbers(source: string): SourceNumber[] {
  const found: SourceNumber[] = [];
  source.split('\n').forEach((raw, index) => {
    let line = raw;
    for (const pattern of notFigures) line = line.replace(pattern, (m) => '＿'.repeat(m.length));
    for (const match of line.matchAll(/(超过|超|近|不足)?\d+(?:\.\d+)?(?:余)?(?:千万|万|亿)?(?:余)?%?/g)) {
      found.push({ text: match[0], line: index + 1 });
    }
  });
  return found;
}
