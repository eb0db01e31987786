/**
 * The ways visitors look for projects — by status, municipality, province, programme and
 * organization — as static groups with URL slugs. Pure: projects in, groups out.
 */
import type { ProjectStatus } from './period.ts';
import type { ProjectView } from './project-view.ts';
import { isReservedSlug } from './routes.ts';
import { slugify } from './transliteration.ts';

export type GroupingName = 'status' | 'municipality' | 'province' | 'programme' | 'organization';

export interface GroupKey {
  slug: string;
  label: string;
}

export interface ProjectGroup extends GroupKey {
  projects: ProjectView[];
}

/** The groupings in the order pages show them; their addresses are in routes.ts. */
export const GROUPING_NAMES: GroupingName[] = ['status', 'municipality', 'province', 'programme', 'organization'];

export const STATUS_ORDER: ProjectStatus[] = ['ongoing', 'planned', 'completed', 'unknown'];

export const STATUS_SLUGS: Record<ProjectStatus, string> = {
  ongoing: 'v-izpalnenie',
  planned: 'predstoyashti',
  completed: 'priklyucheni',
  unknown: 'neizvesten-status',
};

/** The slug of the group of projects whose funding is not stated. */
export const FUNDING_NOT_STATED = 'ne-e-posocheno';

/** The groups one project belongs to in a grouping. */
export function groupKeysOf(
  project: ProjectView,
  grouping: GroupingName,
  labels: { status: Record<ProjectStatus, string>; fundingNotStated: string },
): GroupKey[] {
  switch (grouping) {
    case 'status':
      return [{ slug: STATUS_SLUGS[project.status], label: labels.status[project.status] }];
    case 'municipality':
      return project.data.places.map((p) => ({ slug: slugify(p.municipality), label: p.municipality }));
    case 'province':
      return project.provinces.map((p) => ({ slug: slugify(p), label: p }));
    case 'programme':
      return project.funding?.map((f) => ({ slug: f.programme.id, label: f.programme.name })) ?? [{ slug: FUNDING_NOT_STATED, label: labels.fundingNotStated }];
    case 'organization':
      return [project.lead, ...project.partners.map((p) => p.organization)].map((o) => ({ slug: o.id, label: o.name }));
  }
}

/** Groups in a stable order: statuses in their natural order, everything else alphabetically. */
export function groupProjects(projects: ProjectView[], grouping: GroupingName, labels: Parameters<typeof groupKeysOf>[2]): ProjectGroup[] {
  const groups = new Map<string, ProjectGroup>();
  for (const project of projects) {
    for (const key of groupKeysOf(project, grouping, labels)) {
      const group = groups.get(key.slug) ?? { ...key, projects: [] };
      if (!group.projects.includes(project)) group.projects.push(project);
      groups.set(key.slug, group);
    }
  }
  const list = [...groups.values()];
  if (grouping === 'status') {
    const rank = (slug: string) => STATUS_ORDER.findIndex((s) => STATUS_SLUGS[s] === slug);
    return list.sort((a, b) => rank(a.slug) - rank(b.slug));
  }
  return list.sort((a, b) => a.label.localeCompare(b.label, 'bg'));
}

/** Slugs a project file may not take, because listing pages live there. */
export function isReservedProjectSlug(slug: string): boolean {
  return isReservedSlug('bg', 'projects', slug);
}
