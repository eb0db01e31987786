/** A news item: the front matter of one MDX file in content/news. */
import type { z } from 'astro/zod';
import { group, id, isoDate, list, text } from './fields.ts';

export const newsSchema = group({
  /** Headline. */
  title: text(),
  /** One or two plain sentences for lists and the meta description. */
  summary: text(),
  /** Publication day (ГГГГ-ММ-ДД); omit when the source does not state it — never guess. */
  date: isoDate().optional(),
  /** What the news is about when there is no publication day, e.g. „2019 г.“. */
  about: text().optional(),
  /** Projects the news is about: file names in content/projects. */
  projects: list(id()).default([]),
  /** Organizations the news is about: file names in content/organizations. */
  organizations: list(id()).default([]),
});

export type NewsData = z.output<typeof newsSchema>;
