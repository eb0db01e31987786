/** /proekti/atom.xml: project changes as an Atom feed in Bulgarian, keyed on the day facts were last checked (src/data/feeds.ts). */
import type { APIRoute } from 'astro';
import { projectsFeed } from '../../data/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(await projectsFeed(site!, 'bg'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
