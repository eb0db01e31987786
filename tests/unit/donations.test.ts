import { describe, expect, it } from 'vitest';
import { dmsValidOn, projectDonationOffer, taxReliefBasis } from '../../src/lib/donations';

describe('whether a DMS keyword may be shown', () => {
  const dms = { from: '2026-03-01', until: '2026-05-31' };

  it('is shown on every day of its campaign, the first and the last included', () => {
    expect(dmsValidOn(dms, '2026-03-01')).toBe(true);
    expect(dmsValidOn(dms, '2026-04-15')).toBe(true);
    expect(dmsValidOn(dms, '2026-05-31')).toBe(true);
  });

  it('is hidden the day before it starts and the day after it ends', () => {
    expect(dmsValidOn(dms, '2026-02-28')).toBe(false);
    expect(dmsValidOn(dms, '2026-06-01')).toBe(false);
    expect(dmsValidOn(dms, '2027-04-15')).toBe(false);
  });

  it('is hidden when there is no keyword', () => {
    expect(dmsValidOn(undefined, '2026-04-15')).toBe(false);
  });

  it('counts a one-day campaign', () => {
    expect(dmsValidOn({ from: '2026-12-24', until: '2026-12-24' }, '2026-12-24')).toBe(true);
  });
});

describe('the tax relief basis, edge cases', () => {
  it('holds for a municipality whatever the public-benefit field says', () => {
    expect(taxReliefBasis('municipality', false)).toBe('municipality');
    expect(taxReliefBasis('municipality', true)).toBe('municipality');
  });

  it('follows the public-benefit registration for any other kind, or none given', () => {
    expect(taxReliefBasis(undefined, true)).toBe('public-benefit');
    expect(taxReliefBasis('company', false)).toBe('none');
    expect(taxReliefBasis(undefined, undefined)).toBe('unknown');
  });
});

describe('the donation offer of a project, edge cases', () => {
  it('names every organization that takes donations, in the order given', () => {
    expect(projectDonationOffer({ status: 'planned' }, ['b', 'a'])).toEqual({ kind: 'organizations', organizations: ['b', 'a'] });
  });

  it('points to the project’s own recipient even when no organization is listed as taking donations', () => {
    expect(projectDonationOffer({ donations: { organization: 'fond' }, status: 'planned' }, [])).toEqual({
      kind: 'project',
      organization: 'fond',
      purpose: undefined,
    });
  });
});
