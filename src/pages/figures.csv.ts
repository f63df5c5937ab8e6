import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toCsv } from '../lib/csv';
import { englishText } from '../lib/figures';

/** The whole figures ledger as CSV (UTF-8 with BOM for Excel). */
export const GET: APIRoute = async () => {
  const figures = (await getCollection('figures')).map((e) => e.data);
  const header = [
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
  ];
  const rows = figures.map((f) => [
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
  ]);
  return new Response(toCsv(header, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
