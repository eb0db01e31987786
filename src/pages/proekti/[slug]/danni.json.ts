/** /proekti/<id>/danni.json: one project's open data, beside its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/catalog';
import { openProjects } from '../../../data/open-data';

export const getStaticPaths = (async () => (await loadCatalog()).projects.map((p) => ({ params: { slug: p.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const project = (await openProjects(site!)).find((p) => p.id === params.slug)!;
  return new Response(`${JSON.stringify(project, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
