/** The content as the schemas read it, for tests that derive expectations from content/. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readContentData, validateContent } from '../../src/loaders/content-file';
import { newsSchema, type NewsData } from '../../src/schemas/news';
import { projectSchema, type ProjectData } from '../../src/schemas/project';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

function load<T>(folder: string, schema: { parse: (d: unknown) => T } & Parameters<typeof validateContent>[0]): { id: string; data: T }[] {
  return readdirSync(join(CONTENT, folder))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ id: f.slice(0, -4), data: validateContent(schema, readContentData(join(CONTENT, folder, f), f), f) as T }));
}

export const contentProjects = () => load<ProjectData>('projects', projectSchema);
export const contentNews = () => load<NewsData>('news', newsSchema);
