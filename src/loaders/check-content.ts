/**
 * Checks all of content/ at once, before Astro builds: every file against its schema, file
 * names as slugs, and every reference between files. Returns one editor's message per problem.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isReservedProjectSlug } from '../lib/groupings.ts';
import { findBrokenReferences, type CollectionName, type ReferencingEntry } from '../lib/references.ts';
import { slugify, SLUG_PATTERN } from '../lib/transliteration.ts';
import { COLLECTIONS, REDIRECTS_FILE, SITE_FILE, newsReferences, projectReferences, redirectsSchema, siteSchema } from '../schemas/index.ts';
import type { NewsData } from '../schemas/news.ts';
import type { ProjectData } from '../schemas/project.ts';
import { ContentError, readContentData, validateContent } from './content-file.ts';

function problemsOf(action: () => void): string[] {
  try {
    action();
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

export function checkContent(root: string): string[] {
  const problems: string[] = [];
  const known = {} as Record<CollectionName, Set<string>>;
  const referencing: ReferencingEntry[] = [];

  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    known[name] = new Set();
    const extension = spec.pattern.slice(1);
    const files = readdirSync(join(root, spec.path)).filter((f) => f.endsWith(extension)).sort();
    for (const fileName of files) {
      const file = `${spec.path}/${fileName}`;
      const id = fileName.slice(0, -extension.length);
      known[name].add(id);
      if (!SLUG_PATTERN.test(id)) {
        problems.push(`${file}: името на файла „${id}“ не става за адрес; преименувайте го на латиница, напр. ${slugify(id) || 'moyat-proekt'}${extension}`);
      }
      if ((name === 'projects' && isReservedProjectSlug(id)) || (name === 'news' && id === 'stranitsa')) {
        problems.push(`${file}: името „${id}“ е запазено за страниците със списъци (stranitsa, po-…); преименувайте файла`);
      }
      problems.push(
        ...problemsOf(() => {
          const data = validateContent(spec.schema, readContentData(join(root, file), file), file);
          if (name === 'projects') referencing.push({ file, references: projectReferences(data as ProjectData) });
          if (name === 'news') referencing.push({ file, references: newsReferences(data as NewsData) });
        }),
      );
    }
  }
  problems.push(...problemsOf(() => validateContent(siteSchema, readContentData(join(root, SITE_FILE), SITE_FILE), SITE_FILE)));
  problems.push(...problemsOf(() => validateContent(redirectsSchema, readContentData(join(root, REDIRECTS_FILE), REDIRECTS_FILE), REDIRECTS_FILE)));
  problems.push(...findBrokenReferences(referencing, known));
  return problems;
}
