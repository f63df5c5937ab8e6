import { formatEnFigure, type Qualifier } from './format-number';

/** The fields of a ledger figure needed to print it. */
export interface PrintableFigure {
  value: number;
  qualifier: Qualifier;
  unit: string;
  zh: { text: string; label: string };
  en: { label: string };
}

/**
 * A figure as a page prints it: Chinese pages use the article's own characters (zh.text),
 * English pages the exact English form with its qualifier in words.
 */
export function formatFigure(figure: PrintableFigure, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return figure.zh.text;
  return formatEnFigure(figure.value, figure.qualifier, figure.unit === 'percent' ? 'percent' : undefined);
}

/** The figure's short label in a language. */
export function figureLabel(figure: PrintableFigure, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? figure.zh.label : figure.en.label;
}
