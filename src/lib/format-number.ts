/** How a figure relates to its number, as the article words it (余, 超, 近, 不足). */
export type Qualifier = 'exact' | 'more-than' | 'over' | 'nearly' | 'fewer-than';

const WAN = 1e4;
const YI = 1e8;

/** Rounds away float noise (1.04 * 1e4 = 10400.000000000002) without losing real digits. */
function clean(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}

/** A number in Chinese notation as the article writes it: 1036, 36.13万, 11.3亿. */
export function formatZhNumber(value: number): string {
  if (Math.abs(value) >= YI) return `${clean(value / YI)}亿`;
  if (Math.abs(value) >= WAN) return `${clean(value / WAN)}万`;
  return String(value);
}

/**
 * The most decimals a million or billion is written with. The ledger's numbers are the
 * article's 万 and 亿 figures, at most two decimals of 万 (1985.94万): that is at most four
 * decimals of a million (19.8594 million), so every ledger number of a million or more takes
 * the scale word (tests/unit/format-number.test.ts checks the whole ledger).
 */
const MAX_SCALE_DECIMALS = 4;

/**
 * A number in exact English form, by one rule: from a million up, figures with "million" or
 * "billion" and exactly the decimals the value has (4.894 million, 58.84 million, 19.8594
 * million, 1.4 billion), so numbers side by side in a chart or a list compare at a glance;
 * below a million, digits with thousands commas (361,300). Never rounds: a number would be
 * written in full digits only if it needed more than MAX_SCALE_DECIMALS, which none does.
 */
export function formatEnNumber(value: number): string {
  for (const [size, name] of [
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (Math.abs(value) < size) continue;
    const scaled = clean(value / size);
    if ((String(scaled).split('.')[1] ?? '').length <= MAX_SCALE_DECIMALS) return `${scaled} ${name}`;
    break;
  }
  return value.toLocaleString('en-GB', { maximumFractionDigits: 20 });
}

const multipliers: [string, number][] = [
  ['千万', 1e7],
  ['亿', YI],
  ['万', WAN],
  ['千', 1e3],
];

/**
 * Reads a number as the article prints it ("489.4万", "1100余万", "超千万", "不足3", "超80%")
 * into its value and qualifier. Returns undefined when the text holds no number.
 */
export function parseZhNumber(text: string): { value: number; qualifier: Qualifier } | undefined {
  let rest = text.trim();
  let qualifier: Qualifier = 'exact';
  const prefixes: [string, Qualifier][] = [
    ['超过', 'over'],
    ['超', 'over'],
    ['近', 'nearly'],
    ['不足', 'fewer-than'],
  ];
  for (const [prefix, q] of prefixes) {
    if (rest.startsWith(prefix)) {
      qualifier = q;
      rest = rest.slice(prefix.length);
      break;
    }
  }
  if (rest.includes('余')) {
    qualifier = 'more-than';
    rest = rest.replace('余', '');
  }
  rest = rest.replace(/%$/, '');
  const match = /^(\d+(?:\.\d+)?)?(千万|亿|万|千)?$/.exec(rest);
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const base = match[1] === undefined ? 1 : Number(match[1]);
  const factor = multipliers.find(([unit]) => unit === match[2])?.[1] ?? 1;
  return { value: clean(base * factor), qualifier };
}
