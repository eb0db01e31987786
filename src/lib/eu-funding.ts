/**
 * Whether a project owes the EU information-and-publicity block, derived from its funding
 * sources: never typed by hand. „Not stated“ is its own answer, not „no EU funding“.
 */
import type { EuFund, EuPeriod, ProgrammePeriod } from '../schemas/enums.ts';

export type { EuFund, ProgrammePeriod };
export type EuFunding = 'eu' | 'not-eu' | 'unknown';

/** The funding sources' programmes, or undefined when the project does not state its funding. */
export function euFundingOf(periods: ProgrammePeriod[] | undefined): EuFunding {
  if (!periods || periods.length === 0) return 'unknown';
  return periods.some((p) => p !== 'none') ? 'eu' : 'not-eu';
}

export function owesEuBlock(periods: ProgrammePeriod[] | undefined): boolean {
  return euFundingOf(periods) === 'eu';
}

/** One line beside the emblem: the Union's name, a fund's name, or the 2021-2027 statement. */
export type EmblemLine = 'eu' | 'coFunded' | EuFund;

/**
 * The words beside the emblem, as keys of the strings tables' `eu.caption`: „European Union“
 * and the fund for 2014-2020 (821/2014 art. 4), „Co-funded by the European Union“ for
 * 2021-2027 (2021/1060 Annex IX).
 */
export function emblemCaption(period: EuPeriod, fund: EuFund | undefined): EmblemLine[] {
  if (period === '2021-2027') return ['coFunded'];
  return fund ? ['eu', fund] : ['eu'];
}
