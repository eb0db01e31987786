/** /danni/finansirane.csv, built from the catalog (src/data/open-data.ts). */
import type { APIRoute } from 'astro';
import { openDataFiles } from '../../data/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response((await openDataFiles(site!))['finansirane.csv'], { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
