import { describe, expect, it } from 'vitest';
import { emblemCaption, euFundingOf, owesEuBlock } from '../../src/lib/eu-funding';
import { EMBLEM_TEXTS, strings } from '../../src/i18n';
import { LANGS } from '../../src/i18n/lang';
import { EU_FUNDS } from '../../src/schemas/enums';

describe('whether a project has EU money, from its funding sources', () => {
  it('is „not stated“ when the project names no funding source: never read as „no EU money“', () => {
    expect(euFundingOf(undefined)).toBe('unknown');
    expect(euFundingOf([])).toBe('unknown');
    expect(owesEuBlock(undefined)).toBe(false);
    expect(owesEuBlock([])).toBe(false);
  });

  it('is EU money under either programming period', () => {
    expect(euFundingOf(['2014-2020'])).toBe('eu');
    expect(euFundingOf(['2021-2027'])).toBe('eu');
    expect(owesEuBlock(['2014-2020'])).toBe(true);
    expect(owesEuBlock(['2021-2027'])).toBe(true);
  });

  it('is not EU money when every source is a private or national funder', () => {
    expect(euFundingOf(['none'])).toBe('not-eu');
    expect(euFundingOf(['none', 'none'])).toBe('not-eu');
    expect(owesEuBlock(['none'])).toBe(false);
  });

  it('owes the EU block when any one of mixed sources is EU money, whatever the order', () => {
    expect(euFundingOf(['none', '2014-2020'])).toBe('eu');
    expect(euFundingOf(['2021-2027', 'none'])).toBe('eu');
    expect(euFundingOf(['2014-2020', '2021-2027'])).toBe('eu');
    expect(owesEuBlock(['none', 'none', '2021-2027'])).toBe(true);
  });
});

describe('the words beside the emblem', () => {
  const union = emblemCaption('2014-2020', undefined);

  it('are the Union alone, then the fund on its own line, for 2014-2020', () => {
    expect(union).toHaveLength(1);
    expect(emblemCaption('2014-2020', 'ESF')).toEqual([...union, 'ESF']);
    expect(emblemCaption('2014-2020', 'ESF+')).toEqual([...union, 'ESF+']);
  });

  it('are one statement of co-funding for 2021-2027, with no fund, whatever the programme names', () => {
    const cofunded = emblemCaption('2021-2027', undefined);
    expect(cofunded).toHaveLength(1);
    expect(cofunded).not.toEqual(union);
    expect(emblemCaption('2021-2027', 'ESF+')).toEqual(cofunded);
  });

  it('name every EU fund the content may give, each differently, in every language', () => {
    for (const lang of LANGS) {
      const caption = strings(lang).eu.caption;
      for (const fund of EU_FUNDS) expect(caption[fund].length, `${lang} ${fund}`).toBeGreaterThan(10);
      expect(new Set(EU_FUNDS.map((f) => caption[f])).size).toBe(EU_FUNDS.length);
    }
  });

  it('are all among the texts the emblem font is cut to', () => {
    for (const period of ['2014-2020', '2021-2027'] as const)
      for (const fund of [undefined, ...EU_FUNDS])
        for (const line of emblemCaption(period, fund))
          for (const lang of LANGS) expect(EMBLEM_TEXTS, `${lang} ${period} ${fund}`).toContain(strings(lang).eu.caption[line]);
  });
});
