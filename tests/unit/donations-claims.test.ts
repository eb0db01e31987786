import { describe, expect, it } from 'vitest';
import { projectDonationOffer, taxReliefBasis } from '../../src/lib/donations';

describe('what a project page may say about donations', () => {
  it('invites donations for the project only when its content says they go to it', () => {
    expect(projectDonationOffer({ donations: { organization: 'fond', purpose: 'за центъра' }, status: 'ongoing' }, ['fond'])).toEqual({
      kind: 'project',
      organization: 'fond',
      purpose: 'за центъра',
    });
    expect(projectDonationOffer({ status: 'ongoing' }, ['fond'])).toEqual({ kind: 'organizations', organizations: ['fond'] });
    expect(projectDonationOffer({ status: 'unknown' }, ['obshtina'])).toEqual({ kind: 'organizations', organizations: ['obshtina'] });
  });

  it('says nothing on an ended project, whatever its content, and nothing without a taker', () => {
    expect(projectDonationOffer({ status: 'completed' }, ['fond'])).toEqual({ kind: 'none' });
    expect(projectDonationOffer({ donations: { organization: 'fond' }, status: 'completed' }, ['fond'])).toEqual({ kind: 'none' });
    expect(projectDonationOffer({ status: 'ongoing' }, [])).toEqual({ kind: 'none' });
  });
});

describe('when the tax relief of чл. 22 ЗДДФЛ and чл. 31 ЗКПО may be stated', () => {
  it('applies to municipalities and to recipients registered for public benefit', () => {
    expect(taxReliefBasis('municipality', undefined)).toBe('municipality');
    expect(taxReliefBasis('foundation', true)).toBe('public-benefit');
  });

  it('is never implied when the public-benefit status is unknown or negative', () => {
    expect(taxReliefBasis('foundation', undefined)).toBe('unknown');
    expect(taxReliefBasis('association', false)).toBe('none');
  });
});
