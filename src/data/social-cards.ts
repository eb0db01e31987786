/**
 * The social cards of projects and news items from the catalog: what each card says in a
 * language (its input for src/lib/social-card.ts), its text alternative, and where it is.
 * English pages get English cards: the English title and organization name where content
 * has them, and the English statement beside the emblem, as on the English page itself.
 */
import { strings } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { localText } from '../lib/local-text.ts';
import { routesFor, type CardCollection } from '../lib/routes.ts';
import { cardEmblemLines, type CardInput } from '../lib/social-card.ts';
import { loadCatalog } from './catalog.ts';

/** A page's share image as the head needs it: its path on the site and its text alternative. */
export interface ShareImage {
  path: string;
  alt: string;
}

/** What a project's or a news item's card shows, in the language of its page. */
export async function cardInput(collection: CardCollection, id: string, lang: Lang): Promise<CardInput> {
  const catalog = await loadCatalog();
  const ui = strings(lang);
  const orgText = (orgId: string) => {
    const org = catalog.organization(orgId).data;
    return localText(org.name, org.en?.name, lang);
  };
  if (collection === 'projects') {
    const project = catalog.project(id);
    return {
      lang,
      label: ui.card.project,
      title: localText(project.data.title, project.data.en?.title, lang),
      organization: orgText(project.lead.id),
      siteName: catalog.site.name,
      // The page's own EU blocks decide: no block, no emblem.
      emblem: cardEmblemLines(project.euBlocks).map((line) => ui.eu.caption[line]),
    };
  }
  const item = catalog.newsItem(id);
  // The organization the item names first, else the lead of the first project it is about.
  const orgId = item.data.organizations[0] ?? (item.data.projects[0] ? catalog.project(item.data.projects[0]).lead.id : undefined);
  return {
    lang,
    label: item.data.date ? ui.card.dated(ui.card.news, ui.date(item.data.date)) : ui.card.news,
    title: localText(item.data.title, item.data.en?.title, lang),
    organization: orgId ? orgText(orgId) : undefined,
    siteName: catalog.site.name,
  };
}

/** The card of a page about a project or a news item, for its head tags. */
export async function shareImage(collection: CardCollection, id: string, lang: Lang): Promise<ShareImage> {
  const catalog = await loadCatalog();
  const input = await cardInput(collection, id, lang);
  const entry = collection === 'projects' ? catalog.projectEntry(id) : catalog.newsItem(id);
  return {
    path: routesFor(lang).card(collection, entry),
    alt: strings(lang).card.alt({ title: input.title.text, organization: input.organization?.text, emblem: input.emblem ?? [], siteName: input.siteName }),
  };
}
