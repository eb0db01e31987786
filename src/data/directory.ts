/** The entries of the organization and programme index pages, from the catalog. */
import type { Catalog } from './catalog.ts';
import type { DirectoryEntry } from '../lib/directory.ts';
import { strings } from '../i18n/index.ts';
import { DEFAULT_LANG } from '../i18n/lang.ts';
import { bgRoutes } from '../lib/routes.ts';
// Bulgarian until this module takes the page language.
const ui = strings(DEFAULT_LANG);

export function organizationEntries(catalog: Catalog): DirectoryEntry[] {
  return catalog.organizations.map((o) => ({
    id: o.id,
    name: o.data.name,
    href: bgRoutes.organization(o),
    projectCount: catalog.projectsIn('organization', o.id).length,
  }));
}

export function programmeEntries(catalog: Catalog): DirectoryEntry[] {
  return catalog.programmes.map((p) => ({
    id: p.id,
    name: p.data.name,
    href: bgRoutes.programme(p),
    projectCount: catalog.projectsIn('programme', p.id).length,
    note: p.data.period === 'none' ? ui.programme.notEuNote : undefined,
  }));
}
