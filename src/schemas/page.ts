/** A plain page (about, privacy, accessibility statement): one MDX file in content/pages. */
import type { z } from 'astro/zod';
import { group, isoDate, text } from './fields.ts';

export const pageSchema = group({
  /** Page title. */
  title: text(),
  /** One or two plain sentences for the meta description. */
  summary: text(),
  /** The day the page was last changed (ГГГГ-ММ-ДД). */
  updated: isoDate().optional(),
});

export type PageData = z.output<typeof pageSchema>;
