/** The site's identity and owner: content/site.yaml, one file. */
import type { z } from 'astro/zod';
import { z as zod } from 'astro/zod';
import { choice, email, flag, group, text, url } from './fields.ts';

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
  /** The newsletter signup: "none" keeps it an honest stub until a provider is connected. */
  newsletter: group({
    /** none, brevo, mailchimp, listmonk, buttondown or generic. */
    provider: choice(['none', 'brevo', 'mailchimp', 'listmonk', 'buttondown', 'generic']).default('none'),
    /** The provider's form address, https://…; required with any provider but none. */
    action: url().optional(),
    /** Field names where they differ from the provider's preset. */
    fields: group({ email: text().optional(), name: text().optional(), consent: text().optional() }).optional(),
    /** Extra hidden fields the provider wants, name: value. */
    hidden: zod.record(zod.string(), zod.string()).optional(),
    /** The honeypot field name, where it differs from the preset. */
    honeypot: text().optional(),
  })
    .refine((n) => n.provider === 'none' || Boolean(n.action), { error: 'provider е избран, а action липсва; добавете адреса на формата на доставчика' })
    .default({ provider: 'none' }),
});

export type SiteData = z.output<typeof siteSchema>;
