/**
 * The search filters and sort keys of a project, in the words visitors see in the facets.
 * Sort keys always exist: Pagefind leaves out of sorted results any page without one.
 */
import type { ProjectView } from './project-view.ts';

export const KIND = { project: 'проект', news: 'новина', organization: 'организация', programme: 'програма', page: 'страница', donation: 'дарение' } as const;

/** The filters the search page offers, in the order it shows them; kept in its URL by Latin names. */
export const FILTER_NAMES = ['вид', 'програма', 'организация', 'община', 'област', 'статус'] as const;

/** Sorted descending, the sentinel puts projects without a start date or amount last. */
export const MISSING_SORT_KEY = '0';

/** Filters, sort keys, and what a search result shows of the project (period, amount). */
export function projectFacets(project: ProjectView, statusLabel: string): { filters: Record<string, string[]>; sorts: Record<string, string>; meta: Record<string, string> } {
  const eur = project.totalCost?.euro ?? project.funding?.find((f) => f.grant)?.grant?.euro;
  return {
    filters: {
      вид: [KIND.project],
      програма: project.funding?.map((f) => f.programme.shortName ?? f.programme.name) ?? ['не е посочена'],
      организация: [project.lead.name, ...project.partners.map((p) => p.organization.name)],
      община: project.data.places.map((p) => p.municipality),
      област: project.provinces,
      статус: [statusLabel],
    },
    sorts: {
      начало: project.data.period?.start ?? MISSING_SORT_KEY,
      сума: eur ? eurAmountKey(eur) : MISSING_SORT_KEY,
    },
    meta: { ...(project.dates ? { period: project.dates } : {}), ...(eur ? { amount: eur } : {}) },
  };
}

/** „443 748,60 €“ → "443748.60": a number Pagefind can sort. */
export function eurAmountKey(euro: string): string {
  return euro.replace(/[^\d,]/g, '').replace(',', '.');
}
