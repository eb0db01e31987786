/**
 * The files beside the project pages, one generator each for both languages: a project's JSON
 * and a group's CSV are the same open data at the Bulgarian and at the English address.
 */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../data/catalog.ts';
import { openProjects } from '../data/open-data.ts';
import { projectsCsv } from '../lib/open-data.ts';
import type { ProjectView } from '../lib/project-view.ts';
import { langOfPath, type CardCollection } from '../lib/routes.ts';
import { socialCardPng } from '../data/social-card-render.ts';
import { cardInput } from '../data/social-cards.ts';

/** /proekti/<id>/danni.json and /en/projects/<slug>/data.json: the project's record of the open data. */
export const projectData: APIRoute = async ({ props, site }) => {
  // This project's record only: making every project's record for each file grew as N².
  const [project] = await openProjects(site!, [(await loadCatalog()).project((props as { id: string }).id)]);
  return new Response(`${JSON.stringify(project, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

/** /proekti/po-obshtina/haskovo/proekti.csv and its English address: exactly the group's projects. */
export const groupCsv: APIRoute = async ({ props, site }) =>
  new Response(projectsCsv(await openProjects(site!, (props as { projects: ProjectView[] }).projects)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

/** The social card (og:image) of a project or a news item, in the language of its address. */
const card =
  (collection: CardCollection): APIRoute =>
  async ({ props, url }) =>
    new Response(new Uint8Array(await socialCardPng(await cardInput(collection, (props as { id: string }).id, langOfPath(url.pathname)))), {
      headers: { 'Content-Type': 'image/png' },
    });
/** /proekti/<id>/karta.png and /en/projects/<slug>/card.png. */
export const projectCard = card('projects');
/** /novini/<id>/karta.png and /en/news/<slug>/card.png. */
export const newsCard = card('news');
