/** /danni/schema.json, built from the catalog (src/data/open-data.ts). */
import type { APIRoute } from 'astro';
import { openDataFiles } from '../../data/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response((await openDataFiles(site!))['schema.json'], { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
