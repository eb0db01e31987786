/** /novini/atom.xml: the news as an Atom feed. */
import type { APIRoute } from 'astro';
import { newsFeed } from '../../data/feeds';

export const GET: APIRoute = async ({ site }) => new Response(await newsFeed(site!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
