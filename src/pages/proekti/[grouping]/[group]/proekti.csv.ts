/** /proekti/po-obshtina/haskovo/proekti.csv: the CSV of exactly the projects of one group. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../../data/catalog';
import { openProjects } from '../../../../data/open-data';
import { GROUPING_NAMES } from '../../../../lib/groupings';
import { groupingSegment } from '../../../../lib/routes';
import { projectsCsv } from '../../../../lib/open-data';

export const getStaticPaths = (async () => {
  const { groupings } = await loadCatalog();
  return GROUPING_NAMES.flatMap((name) =>
    groupings[name].map((group) => ({ params: { grouping: groupingSegment('bg', name), group: group.slug }, props: { projects: group.projects } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
  new Response(projectsCsv(await openProjects(site!, props.projects)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
