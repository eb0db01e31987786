/** The content as the schemas read it, for tests that derive expectations from content/. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readContentData, validateContent } from '../../src/loaders/content-file';
import { newsSchema, type NewsData } from '../../src/schemas/news';
import { programmeSchema, type ProgrammeData } from '../../src/schemas/programme';
import { projectSchema, type ProjectData } from '../../src/schemas/project';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

function load<T>(folder: string, schema: Parameters<typeof validateContent>[0], ext = '.mdx'): { id: string; data: T }[] {
  return readdirSync(join(CONTENT, folder))
    .filter((f) => f.endsWith(ext))
    .map((f) => ({ id: f.slice(0, -ext.length), data: validateContent(schema, readContentData(join(CONTENT, folder, f), f), f) as T }));
}

export const contentProjects = () => load<ProjectData>('projects', projectSchema);
export const contentNews = () => load<NewsData>('news', newsSchema);
export const contentProgrammes = () => load<ProgrammeData>('programmes', programmeSchema, '.yaml');

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
