/**
 * The EU information-and-publicity obligations a project owes, derived from the periods of
 * its funding programmes, and whether its content meets them. Each obligation cites the
 * article it comes from. Facts: shared/reference/eu-publicity.md, sections 1 and 2.
 */
import type { EuFund, ProgrammePeriod } from './eu-funding.ts';

export type Outcome = 'pass' | 'warn' | 'fail';

export interface ObligationRule {
  /** Stable id, e.g. "emblem". */
  id: string;
  /** The article it comes from, as an auditor would cite it. */
  cites: string;
  /** What it asks, in Bulgarian. */
  title: string;
  /** What a miss is: a build error, or a warning in the build summary. */
  onMiss: 'fail' | 'warn';
}

/** What the check looks at: the project's content and its programmes' texts. */
export interface PublicityFacts {
  hasDescription: boolean;
  hasAims: boolean;
  hasResults: boolean;
  sources: {
    programmeId: string;
    period: ProgrammePeriod;
    fund?: EuFund;
    contractNumber?: string;
    cofinancingRate?: string;
    fundingStatement?: string;
    disclaimer?: string;
  }[];
}

export interface ObligationResult extends ObligationRule {
  outcome: Outcome;
  /** Why it passed or did not, in Bulgarian. */
  detail: string;
}

const RULES_2014: ObligationRule[] = [
  { id: 'emblem', cites: '821/2014 чл. 4, ал. 3, б. „а“', title: 'Емблемата на ЕС и позоваването на Съюза се виждат без превъртане', onMiss: 'fail' },
  { id: 'fund', cites: '1303/2013 Прил. XII, т. 2.2, ал. 1, б. „б“; 821/2014 чл. 4, ал. 3, б. „б“', title: 'Посочен е фондът (Европейски социален фонд)', onMiss: 'fail' },
  { id: 'description', cites: '1303/2013 Прил. XII, т. 2.2, ал. 2, б. „а“', title: 'Кратко описание на операцията', onMiss: 'fail' },
  { id: 'aims', cites: '1303/2013 Прил. XII, т. 2.2, ал. 2, б. „а“', title: 'Целите на операцията', onMiss: 'fail' },
  { id: 'results', cites: '1303/2013 Прил. XII, т. 2.2, ал. 2, б. „а“', title: 'Резултатите (постигнати или очаквани)', onMiss: 'warn' },
  { id: 'statement', cites: '1303/2013 Прил. XII, т. 2.2, ал. 2, б. „а“', title: 'Изречение, което подчертава финансовата подкрепа от ЕС', onMiss: 'fail' },
  { id: 'disclaimer', cites: '1303/2013 Прил. XII, т. 2.2, ал. 3', title: 'Отказ от отговорност на страницата и при документите', onMiss: 'warn' },
];

const RULES_2021: ObligationRule[] = [
  { id: 'emblem', cites: '2021/1060 чл. 47 и Прил. IX', title: 'Емблемата на ЕС с „Съфинансирано от Европейския съюз“ се вижда без превъртане', onMiss: 'fail' },
  { id: 'description', cites: '2021/1060 чл. 50, ал. 1, б. „а“', title: 'Кратко описание на операцията', onMiss: 'fail' },
  { id: 'aims', cites: '2021/1060 чл. 50, ал. 1, б. „а“', title: 'Целите на операцията', onMiss: 'fail' },
  { id: 'results', cites: '2021/1060 чл. 50, ал. 1, б. „а“', title: 'Резултатите (постигнати или очаквани)', onMiss: 'warn' },
  { id: 'statement', cites: '2021/1060 чл. 50, ал. 1, б. „а“', title: 'Изречение, което подчертава финансовата подкрепа от ЕС', onMiss: 'fail' },
  { id: 'disclaimer', cites: '2021/1060 чл. 50, ал. 1, б. „б“', title: 'Изявление за подкрепата от ЕС при документите', onMiss: 'warn' },
];

/** Not rules of the regulations, but facts auditors look for: their absence is a warning. */
const RECORD_KEEPING: ObligationRule[] = [
  { id: 'contract', cites: 'ИСУН 2020 (номер на договора)', title: 'Номер на договора', onMiss: 'warn' },
  { id: 'cofinancing', cites: '1303/2013 Прил. XII, т. 1; 2021/1060 чл. 49, ал. 3, б. „к“', title: 'Процент на съфинансиране от ЕС', onMiss: 'warn' },
];

/** The obligations of one programming period. */
export function rulesFor(period: ProgrammePeriod): ObligationRule[] {
  if (period === '2014-2020') return RULES_2014;
  if (period === '2021-2027') return RULES_2021;
  return [];
}

/** The union of the obligations of every EU source, each rule once, its citations merged. */
export function obligationsOf(periods: ProgrammePeriod[]): ObligationRule[] {
  const byId = new Map<string, ObligationRule>();
  for (const rule of periods.flatMap(rulesFor)) {
    const known = byId.get(rule.id);
    byId.set(rule.id, known && !known.cites.includes(rule.cites) ? { ...known, cites: `${known.cites}; ${rule.cites}` } : (known ?? rule));
  }
  return byId.size ? [...byId.values(), ...RECORD_KEEPING] : [];
}

/** Checks each obligation a project owes against its content. */
export function checkPublicity(facts: PublicityFacts): ObligationResult[] {
  const eu = facts.sources.filter((s) => s.period !== 'none');
  const missing = (rule: ObligationRule, detail: string): ObligationResult => ({ ...rule, outcome: rule.onMiss, detail });
  const met = (rule: ObligationRule, detail: string): ObligationResult => ({ ...rule, outcome: 'pass', detail });
  return obligationsOf(eu.map((s) => s.period)).map((rule) => {
    switch (rule.id) {
      case 'emblem':
        return met(rule, 'блокът е първи в съдържанието на страницата; проверява се в браузър при 360×740 и 1366×768');
      case 'fund': {
        const without = eu.filter((s) => s.period === '2014-2020' && !s.fund).map((s) => s.programmeId);
        return without.length ? missing(rule, `програмата ${without.join(', ')} няма fund`) : met(rule, 'фондът се показва до емблемата');
      }
      case 'description':
        return facts.hasDescription ? met(rule, 'има текст за проекта') : missing(rule, 'няма текст под заглавната част на файла');
      case 'aims':
        return facts.hasAims ? met(rule, 'има цел') : missing(rule, 'липсва goal (или specificGoals)');
      case 'results':
        return facts.hasResults ? met(rule, 'има резултати или обхват') : missing(rule, 'няма results.achieved, results.expected или reach');
      case 'statement': {
        const without = eu.filter((s) => !s.fundingStatement).map((s) => s.programmeId);
        return without.length ? missing(rule, `програмата ${without.join(', ')} няма fundingStatement`) : met(rule, 'изречението за финансирането е на страницата');
      }
      case 'disclaimer': {
        const without = eu.filter((s) => !s.disclaimer).map((s) => s.programmeId);
        return without.length ? missing(rule, `програмата ${without.join(', ')} няма disclaimer`) : met(rule, 'в долната част на страницата и при всеки документ');
      }
      case 'contract': {
        const without = eu.filter((s) => !s.contractNumber).map((s) => s.programmeId);
        return without.length ? missing(rule, `липсва contractNumber за ${without.join(', ')}`) : met(rule, eu.map((s) => s.contractNumber).join(', '));
      }
      case 'cofinancing': {
        const without = eu.filter((s) => !s.cofinancingRate).map((s) => s.programmeId);
        return without.length ? missing(rule, `програмата ${without.join(', ')} няма cofinancingRate`) : met(rule, eu.map((s) => s.cofinancingRate).join(', '));
      }
      default:
        return missing(rule, 'неизвестно правило');
    }
  });
}

/** The programme fields the check reads. */
export interface ProgrammeTexts {
  period: ProgrammePeriod;
  fund?: EuFund;
  cofinancingRate?: string;
  fundingStatement?: string;
  disclaimer?: string;
}

/** Gathers what the check needs from a project's front matter, its body text and its programmes. */
export function publicityFacts(
  project: {
    goal?: string;
    specificGoals: string[];
    reach: unknown[];
    results: { achieved: unknown[]; expected: unknown[] };
    funding?: { programme: string; contractNumber?: string }[];
  },
  body: string,
  programme: (id: string) => ProgrammeTexts,
): PublicityFacts {
  return {
    hasDescription: body.trim().length > 0,
    hasAims: Boolean(project.goal) || project.specificGoals.length > 0,
    hasResults: project.reach.length + project.results.achieved.length + project.results.expected.length > 0,
    sources: (project.funding ?? []).map((source) => ({ programmeId: source.programme, contractNumber: source.contractNumber, ...programme(source.programme) })),
  };
}

/** The worst outcome among results: what the build does with the project. */
export function worstOutcome(results: ObligationResult[]): Outcome {
  return results.some((r) => r.outcome === 'fail') ? 'fail' : results.some((r) => r.outcome === 'warn') ? 'warn' : 'pass';
}
