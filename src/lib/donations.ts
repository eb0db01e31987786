/** What a donation page derives from an organization's donation details at the build date. */
import { compareIsoDates, type IsoDate } from './dates.ts';

/** Whether a DMS keyword may be shown: only on the days it is valid. */
export function dmsValidOn(dms: { from: IsoDate; until: IsoDate } | undefined, today: IsoDate): boolean {
  return Boolean(dms && compareIsoDates(dms.from, today) <= 0 && compareIsoDates(today, dms.until) <= 0);
}

/**
 * Whether the tax relief of чл. 22 ЗДДФЛ and чл. 31 ЗКПО applies to a recipient: municipalities
 * are among the listed recipients; a foundation or association only when registered for public
 * benefit. Undefined status stays „unknown“: the page then states the condition, never the relief.
 */
export type ReliefBasis = 'municipality' | 'public-benefit' | 'unknown' | 'none';

export function taxReliefBasis(kind: string | undefined, publicBenefit: boolean | undefined): ReliefBasis {
  if (kind === 'municipality') return 'municipality';
  if (publicBenefit === true) return 'public-benefit';
  if (publicBenefit === false) return 'none';
  return 'unknown';
}

/** What a project page may say about donations, given its own content and its dates. */
export type ProjectDonationOffer =
  { kind: 'project'; organization: string; purpose?: string } | { kind: 'organizations'; organizations: string[] } | { kind: 'none' };

/**
 * Donations go to a project only when its content says so; otherwise the page may name the
 * organizations that take donations. Nothing on a project that has ended: it no longer spends.
 */
export function projectDonationOffer(
  project: { donations?: { organization: string; purpose?: string }; status: string },
  organizationsTakingDonations: string[],
): ProjectDonationOffer {
  if (project.status === 'completed') return { kind: 'none' };
  if (project.donations) return { kind: 'project', organization: project.donations.organization, purpose: project.donations.purpose };
  if (organizationsTakingDonations.length === 0) return { kind: 'none' };
  return { kind: 'organizations', organizations: organizationsTakingDonations };
}
