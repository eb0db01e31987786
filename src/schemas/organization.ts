/** An organization: a YAML file in content/organizations (beneficiaries, partners, funders). */
import type { z } from 'astro/zod';
import { choice, email, group, text, url } from './fields.ts';
import { donationsSchema } from './donations.ts';

export const organizationSchema = group({
  /** Full name as the organization writes it, e.g. Фондация „За Нашите Деца“. */
  name: text(),
  /** What kind of body it is; drives wording such as „община“. */
  kind: choice(['municipality', 'foundation', 'association', 'ministry', 'company', 'other']).optional(),
  /** For a municipality: the municipality it governs, as written in project places. */
  municipality: text().optional(),
  /** A few plain sentences on who they are. */
  description: text().optional(),
  /** Postal address. */
  address: text().optional(),
  /** Phone as written by the source. */
  phone: text().optional(),
  /** E-mail address. */
  email: email().optional(),
  /** Website. */
  website: url().optional(),
  /** How to give to this organization; leave out when it takes no donations. */
  donations: donationsSchema.optional(),
});

export type OrganizationData = z.output<typeof organizationSchema>;
