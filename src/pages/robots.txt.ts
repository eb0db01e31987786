/** robots.txt with the sitemap's absolute address, taken from the site config. */
import type { APIRoute } from 'astro';
import { SITEMAP_PATH } from '../lib/routes';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_PATH, site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
