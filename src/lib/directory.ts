/**
 * The index pages of organizations and programmes: every entry by name, with how many
 * projects it has, split into pages like the other listings. Pure: entries in, pages out.
 */
import type { Lang } from '../i18n/lang.ts';
import { paginateList, type ListingPage } from './pagination.ts';

export interface DirectoryEntry {
  id: string;
  name: string;
  /** The language the name is written in: English where editors gave it, otherwise Bulgarian. */
  nameLang: Lang;
  href: string;
  projectCount: number;
  /** A short fact after the name, e.g. a programme's period. */
  note?: string;
}

/** Rows are one line each, so a page holds more of them than of project cards. */
export const DIRECTORY_PER_PAGE = 50;

export function directoryPages(entries: DirectoryEntry[], pathOf: (page: number) => string, perPage = DIRECTORY_PER_PAGE): ListingPage<DirectoryEntry>[] {
  const sorted = [...entries].sort((a, b) => a.name.localeCompare(b.name, 'bg') || a.id.localeCompare(b.id));
  return paginateList(sorted, pathOf, perPage);
}
