/** The site's identity and owner: content/site.yaml, one file. */
import type { z } from 'astro/zod';
import { email, flag, group, text, url } from './fields.ts';

export const siteSchema = group({
  /** Site name in the header and page titles. */
  name: text(),
  /** What the site is for, in one sentence. */
  tagline: text(),
  /** What the site is for, in two sentences, on the home page. */
  intro: text().optional(),
  /** The production address, https://… without a path; used for canonical URLs and the sitemap. */
  url: url(),
  /** True while url is a placeholder: the footer then says the address is not final. */
  urlIsPlaceholder: flag(),
  /** Who runs the site. */
  operator: group({
    /** Organization name, or a placeholder clearly marked as such. */
    name: text(),
    /** True while the name above is a placeholder. */
    isPlaceholder: flag(),
    /** Contact e-mail for the public. */
    email: email().optional(),
  }),
});

export type SiteData = z.output<typeof siteSchema>;
