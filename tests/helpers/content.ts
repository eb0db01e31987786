/** The content as the schemas read it, for tests that derive expectations from content/. */
import { join } from 'node:path';
import { readCollection } from '../../src/loaders/content-file';
import { COLLECTIONS } from '../../src/schemas/index';
import type { NewsData } from '../../src/schemas/news';
import type { OrganizationData } from '../../src/schemas/organization';
import type { ProgrammeData } from '../../src/schemas/programme';
import type { ProjectData } from '../../src/schemas/project';

const ROOT = join(import.meta.dirname, '..', '..');

export const contentProjects = () => readCollection<ProjectData>(ROOT, COLLECTIONS.projects);
export const contentNews = () => readCollection<NewsData>(ROOT, COLLECTIONS.news);
export const contentOrganizations = () => readCollection<OrganizationData>(ROOT, COLLECTIONS.organizations);
export const contentProgrammes = () => readCollection<ProgrammeData>(ROOT, COLLECTIONS.programmes);

/** Project ids by funding: EU money, other money only, or not stated. */
export function projectsByFunding(): Record<'eu' | 'notEu' | 'unknown', string[]> {
  const period = new Map(contentProgrammes().map((p) => [p.id, p.data.period]));
  const out = { eu: [] as string[], notEu: [] as string[], unknown: [] as string[] };
  for (const { id, data } of contentProjects()) {
    if (!data.funding) out.unknown.push(id);
    else if (data.funding.some((f) => period.get(f.programme) !== 'none')) out.eu.push(id);
    else out.notEu.push(id);
  }
  return out;
}
