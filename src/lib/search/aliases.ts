import { englishText, type Figure } from '../figures';

/** The fields of a ledger figure that search aliases are made from. */
export type AliasFigure = Pick<Figure, 'value' | 'qualifier' | 'unit'> & { zh: Pick<Figure['zh'], 'text'> };

/** The article's qualifier characters (余, 超过, 超, 近, 不足), which readers rarely type. */
function bareZh(text: string): string {
  return text.replace(/^(超过|超|近|不足)/, '').replace(/余/g, '');
}

/** "489.4万" → "489万", "1985.94万" → "1985万" and "1986万": readers type figures cut or rounded to the unit they remember. */
function roundedZh(text: string): string[] {
  const match = /^(\d+(?:\.\d+)?)(万|亿)$/.exec(text);
  if (!match?.[1] || !match[1].includes('.')) return [];
  const n = Number(match[1]);
  return [...new Set([`${Math.trunc(n)}${match[2]}`, `${Math.round(n)}${match[2]}`])];
}

/**
 * The ways a reader may type a figure, for a search-only record of it: the printed form,
 * the form without qualifier characters, the form rounded to whole 万/亿, and the plain
 * number with and without thousands separators. Every alias denotes the same value.
 */
export function figureAliases(figure: AliasFigure, lang: 'zh' | 'en'): string[] {
  const percent = figure.unit === 'percent';
  const plain = percent ? `${figure.value}%` : String(figure.value);
  const grouped = percent ? plain : figure.value.toLocaleString('en-GB', { maximumFractionDigits: 20 });
  const forms =
    lang === 'zh'
      ? [figure.zh.text, bareZh(figure.zh.text), ...roundedZh(bareZh(figure.zh.text)), plain]
      : [englishText(figure), englishText({ ...figure, qualifier: 'exact' }), grouped, plain];
  return [...new Set(forms.filter((form): form is string => Boolean(form)))];
}
