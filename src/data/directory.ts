/** The entries of the organization and programme index pages, from the catalog, in a language. */
import { loadCatalog, type Catalog } from './catalog.ts';
import { directoryPages, type DirectoryEntry } from '../lib/directory.ts';
import type { ListingPage } from '../lib/pagination.ts';
import { strings } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { localText } from '../lib/local-text.ts';
import { routesFor } from '../lib/routes.ts';

/** The two listings of directory entries. */
export type DirectoryListing = 'organizations' | 'programmes';

export function organizationEntries(catalog: Catalog, lang: Lang): DirectoryEntry[] {
  const to = routesFor(lang);
  return catalog.organizations.map((o) => {
    const name = localText(o.data.name, o.data.en?.name, lang);
    return { id: o.id, name: name.text, nameLang: name.lang, href: to.organization(o), projectCount: catalog.projectsIn('organization', o.id).length };
  });
}

export function programmeEntries(catalog: Catalog, lang: Lang): DirectoryEntry[] {
  const to = routesFor(lang);
  return catalog.programmes.map((p) => {
    const name = localText(p.data.name, p.data.en?.name, lang);
    return {
      id: p.id,
      name: name.text,
      nameLang: name.lang,
      href: to.programme(p),
      projectCount: catalog.projectsIn('programme', p.id).length,
      note: p.data.period === 'none' ? strings(lang).programme.notEuNote : undefined,
    };
  });
}

/** Every page of an index of organizations or programmes in a language. */
export async function directoryListing(listing: DirectoryListing, lang: Lang): Promise<ListingPage<DirectoryEntry>[]> {
  const catalog = await loadCatalog();
  const entries = listing === 'organizations' ? organizationEntries(catalog, lang) : programmeEntries(catalog, lang);
  return directoryPages(entries, routesFor(lang).listingPages(listing));
}
