/** The synonym table the search page uses, read from content/search-synonyms.yaml and checked. */
import { join } from 'node:path';
import { readCheckedContent } from '../loaders/content-file.ts';
import { SEARCH_SYNONYMS_FILE, searchSynonymsSchema } from '../schemas/index.ts';
import type { SynonymGroup } from '../lib/search-query.ts';

export function loadSearchSynonyms(root = process.cwd()): SynonymGroup[] {
  return readCheckedContent(searchSynonymsSchema, join(root, SEARCH_SYNONYMS_FILE), SEARCH_SYNONYMS_FILE).valid.synonyms;
}
