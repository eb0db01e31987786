/**
 * The search filters and sort keys of a project. Filter values are visitor text, so the page
 * passes them in from its strings table; sort keys are numbers and ISO dates, never text.
 * Sort keys always exist: Pagefind leaves out of sorted results any page without one.
 */
import { eurSortKey } from './money.ts';
import type { ProjectView } from './project-view.ts';

/** What a search result is; the strings tables' `search.kind` names each for visitors. */
export type SearchKind = 'project' | 'news' | 'organization' | 'programme' | 'page' | 'donation';

/**
 * Pagefind's names for the filters and sorts: identifiers inside the index and the search
 * script (the search page's URL uses Latin names, the labels come from the strings tables).
 */
export const FILTER = {
  kind: 'вид',
  programme: 'програма',
  organization: 'организация',
  municipality: 'община',
  province: 'област',
  status: 'статус',
} as const;
export type FilterKey = keyof typeof FILTER;
export const SORT = { start: 'начало', amount: 'сума' } as const;

/** The filters the search page offers, in the order it shows them. */
export const FILTER_NAMES = Object.values(FILTER);

/** Sorted descending, the sentinel puts projects without a start date or amount last. */
export const MISSING_SORT_KEY = '0';

/** The visitor text a project's filters and result line need, from the page's strings table. */
export interface FacetLabels {
  status: string;
  programmeNotStated: string;
  /** The period as the result line shows it; undefined when the project states none. */
  period?: string;
  amount: (view: NonNullable<ProjectView['totalCost']>) => string;
}

/** Filters (keyed by FilterKey; the page's SearchIndexMeta adds the kind), sort keys, and what a search result shows of the project (period, amount). */
export function projectFacets(
  project: ProjectView,
  labels: FacetLabels,
): { filters: Partial<Record<FilterKey, string[]>>; sorts: Record<keyof typeof SORT, string>; meta: Record<string, string> } {
  const eur = project.totalCost ?? project.funding?.find((f) => f.grant)?.grant;
  return {
    filters: {
      programme: project.funding?.map((f) => f.programme.shortName ?? f.programme.name) ?? [labels.programmeNotStated],
      organization: [project.lead.name, ...project.partners.map((p) => p.organization.name)],
      municipality: project.data.places.map((p) => p.municipality),
      province: project.provinces,
      status: [labels.status],
    },
    sorts: {
      start: project.data.period?.start ?? MISSING_SORT_KEY,
      amount: eur ? eurSortKey(eur) : MISSING_SORT_KEY,
    },
    meta: { ...(labels.period ? { period: labels.period } : {}), ...(eur ? { amount: labels.amount(eur) } : {}) },
  };
}
