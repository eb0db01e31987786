/**
 * Whether a project owes the EU information-and-publicity block, derived from its funding
 * sources: never typed by hand. „Not stated“ is its own answer, not „no EU funding“.
 */
import type { EuFund, EuPeriod, ProgrammePeriod } from '../schemas/enums.ts';

export type { EuFund, ProgrammePeriod };
export type EuFunding = 'eu' | 'not-eu' | 'unknown';

export const FUND_NAMES: Record<EuFund, string> = {
  ESF: 'Европейски социален фонд',
  'ESF+': 'Европейски социален фонд+',
};

/** The funding sources' programmes, or undefined when the project does not state its funding. */
export function euFundingOf(periods: ProgrammePeriod[] | undefined): EuFunding {
  if (!periods || periods.length === 0) return 'unknown';
  return periods.some((p) => p !== 'none') ? 'eu' : 'not-eu';
}

export function owesEuBlock(periods: ProgrammePeriod[] | undefined): boolean {
  return euFundingOf(periods) === 'eu';
}

/**
 * The words beside the emblem: „Европейски съюз“ and the fund for 2014-2020
 * (821/2014 art. 4), „Съфинансирано от Европейския съюз“ for 2021-2027 (2021/1060 Annex IX).
 */
export function emblemCaption(period: EuPeriod, fund: EuFund | undefined): string[] {
  if (period === '2021-2027') return ['Съфинансирано от Европейския съюз'];
  return fund ? ['Европейски съюз', FUND_NAMES[fund]] : ['Европейски съюз'];
}

/** Every text that can stand beside the emblem: the glyphs the emblem font is cut to. */
export const EMBLEM_TEXTS: string[] = [
  ...emblemCaption('2014-2020', 'ESF'),
  ...emblemCaption('2014-2020', 'ESF+'),
  ...emblemCaption('2021-2027', undefined),
];
