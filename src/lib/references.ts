/**
 * Checks that every id one content file names (an organization, a programme, a project)
 * exists. Astro only logs a broken reference and still exits 0, so the build runs this.
 */

import { COLLECTION_FOLDERS, type CollectionName } from '../schemas/enums.ts';

export type { CollectionName };

export interface Reference {
  /** The field as the editor sees it, e.g. "funding[1].programme". */
  field: string;
  collection: CollectionName;
  id: string;
}

export interface ReferencingEntry {
  /** The file, relative to the project root, e.g. "content/projects/shans-za-nashite-detsa.mdx". */
  file: string;
  references: Reference[];
}

/** „content/projects (.mdx)“: where an editor looks for the files of a collection. */
const folder = (collection: CollectionName) => `${COLLECTION_FOLDERS[collection].path} (${COLLECTION_FOLDERS[collection].pattern.slice(1)})`;

/** A reference that names no existing entry: the file, the field and what to write instead. */
export interface BrokenReference {
  file: string;
  field: string;
  message: string;
  reference: Reference;
}

/** One record per reference that names no existing entry. */
export function brokenReferences(entries: ReferencingEntry[], known: Record<CollectionName, ReadonlySet<string>>): BrokenReference[] {
  const broken: BrokenReference[] = [];
  for (const entry of entries) {
    for (const ref of entry.references) {
      if (known[ref.collection].has(ref.id)) continue;
      const ids = [...known[ref.collection]].sort().join(', ') || 'няма';
      broken.push({
        file: entry.file,
        field: ref.field,
        reference: ref,
        message: `„${ref.id}“ не съществува в ${folder(ref.collection)}; напишете името на файла без разширението. Съществуващи: ${ids}`,
      });
    }
  }
  return broken;
}

/** One editor's message per reference that names no existing entry. */
export function findBrokenReferences(entries: ReferencingEntry[], known: Record<CollectionName, ReadonlySet<string>>): string[] {
  return brokenReferences(entries, known).map((b) => `${b.file}: поле ${b.field}: ${b.message}`);
}
