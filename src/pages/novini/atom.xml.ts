/** /novini/atom.xml: the news as an Atom feed in Bulgarian (src/data/feeds.ts). */
import type { APIRoute } from 'astro';
import { newsFeed } from '../../data/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(await newsFeed(site!, 'bg'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
