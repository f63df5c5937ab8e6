import { toCsv } from './csv';
import { englishText, type Figure } from './figures';

/** The one CSV layout of ledger figures: the whole ledger and each chart's data use it alike. */
export const figureColumns = [
  'id',
  'value',
  'unit',
  'qualifier',
  'period',
  'section',
  'zh_text',
  'en_text',
  'zh_label',
  'en_label',
  'quote',
  'conflicts_with',
  'from_box',
] as const;

/** Ledger figures as CSV (UTF-8 with BOM for Excel), one row per figure in the order given. */
export function figuresCsv(figures: readonly Figure[]): string {
  return toCsv(
    [...figureColumns],
    figures.map((f) => [
      f.id,
      f.value,
      f.unit,
      f.qualifier,
      f.period,
      f.theme,
      f.zh.text,
      englishText(f),
      f.zh.label,
      f.en.label,
      f.quote,
      f.conflictsWith,
      f.box ?? false,
    ]),
  );
}
