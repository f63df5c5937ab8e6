import type { APIRoute } from 'astro';
import { figuresCsv } from '../lib/figures-csv';
import { getContentIndex } from '../utils/content-index';

/** The whole figures ledger as CSV. */
export const GET: APIRoute = () =>
  new Response(figuresCsv(getContentIndex().figures), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
