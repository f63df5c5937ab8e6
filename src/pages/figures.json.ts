import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { englishText } from '../lib/figures';

/** The whole figures ledger as JSON, with the English form of each number added. */
export const GET: APIRoute = async () => {
  const figures = (await getCollection('figures')).map((e) => ({
    ...e.data,
    en: { ...e.data.en, text: englishText(e.data) },
  }));
  return new Response(JSON.stringify(figures, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
