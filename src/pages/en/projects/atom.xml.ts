/** /en/projects/atom.xml: project changes as an Atom feed in English (src/data/feeds.ts). */
import type { APIRoute } from 'astro';
import { projectsFeed } from '../../../data/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(await projectsFeed(site!, 'en'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
