/**
 * The EU information-and-publicity obligations a project owes, derived from the periods of
 * its funding programmes, and whether its content meets them. Each rule cites its source the
 * way Bulgarian texts cite EU acts, says what is checked and how, and whether it is EU law or
 * national practice. Facts: shared/reference/eu-publicity.md, entries marked [S] only.
 */
import { euFundingOf, type EuFund, type EuFunding, type ProgrammePeriod } from './eu-funding.ts';

/** Bump when a rule, its citation or its check changes; shown on the report page. */
export const RULES_VERSION = { number: 3, date: '2026-11-24' } as const;

/** The acts the rules come from, as the report page names them. */
export const RULES_ACTS = ['Регламент (ЕС) №\u00a01303/2013', 'Регламент за изпълнение (ЕС) №\u00a0821/2014', 'Регламент (ЕС) 2021/1060'] as const;

/**
 * pass, warn, fail: decided by this check from the content. browser: the rule is about what a
 * visitor sees on screen, which only a browser can measure (tests/browser/eu-block.test.ts);
 * this check gives it no mark, because nothing here measures it.
 */
export type Outcome = 'pass' | 'warn' | 'fail' | 'browser';

/** Where a rule comes from: the EU regulations, or Bulgarian practice that no EU text states. */
export type RuleBasis = 'eu-law' | 'national-practice';

/** Every obligation the check knows; each has exactly one check in CHECKS. */
export const RULE_IDS = ['emblem', 'fund', 'description', 'aims', 'results', 'statement', 'disclaimer', 'contract', 'register', 'social-media'] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface ObligationRule {
  /** Stable id, e.g. "emblem". */
  id: RuleId;
  /** The source, written out as Bulgarian texts cite EU acts. */
  cites: string;
  basis: RuleBasis;
  /** What it asks, in Bulgarian. */
  title: string;
  /** What is checked and how, in plain Bulgarian. */
  how: string;
  /** What a miss is: a build error, or a warning in the build summary; 'browser' is never decided here. */
  onMiss: 'fail' | 'warn' | 'browser';
}

/** What the check looks at: the project's content and its programmes' texts. */
export interface PublicityFacts {
  hasDescription: boolean;
  hasAims: boolean;
  hasResults: boolean;
  /** The project's own social-media accounts named in its content (network names). */
  socialMedia: string[];
  sources: {
    programmeId: string;
    /** The programme's short name (or name), for messages; its file name when neither is given. */
    programmeName?: string;
    period: ProgrammePeriod;
    fund?: EuFund;
    contractNumber?: string;
    fundingStatement?: string;
    disclaimer?: string;
  }[];
  /** The EU contracts the official register (ИСУН 2020) lists for the project, per its further sources. */
  register?: { contractNumber: string; programmeName?: string; period: ProgrammePeriod }[];
}

export interface ObligationResult extends ObligationRule {
  outcome: Outcome;
  /** Why it passed or did not, in plain Bulgarian (no field names). */
  detail: string;
}

const ANNEX_XII = (point: string) => `${point} от приложение XII към Регламент (ЕС) №\u00a01303/2013`;
const REG_821 = (point: string) => `${point} от Регламент за изпълнение (ЕС) №\u00a0821/2014`;
const REG_1060 = (point: string) => `${point} от Регламент (ЕС) 2021/1060`;

/** The browser test that measures the emblem's position, and how to run it. */
export const BROWSER_CHECK = {
  file: 'tests/browser/eu-block.test.ts',
  command: 'npm run build && npx vitest run --project browser tests/browser/eu-block.test.ts',
} as const;

const EMBLEM_HOW =
  `В браузър (Chromium) се отваря всяка страница на проект с европейско финансиране при екран 360×740 (телефон) и 1366×768 (компютър) ` +
  `и се мери дали емблемата и надписът до нея са изцяло в екрана, преди посетителят да превърти. Тази проверка се прави от теста ` +
  `${BROWSER_CHECK.file} в автоматичната проверка (CI), която трябва да мине, преди сайтът да бъде публикуван; ` +
  `не я прави построяването на тази страница, затова тук тя няма отметка. Ръчно: ${BROWSER_CHECK.command}.`;

const DESCRIPTION_HOW = 'Дали файлът на проекта има текст с описание на проекта (той се показва на страницата му).';
const AIMS_HOW = 'Дали е посочена главната цел или поне една специфична цел на проекта.';
const RESULTS_HOW = 'Дали са посочени постигнати или очаквани резултати, или обхват (колко деца и семейства). Липсата им е предупреждение.';
const STATEMENT_HOW = 'Дали файлът на програмата съдържа изречението за финансирането от ЕС; страницата на проекта го показва в раздела за финансирането.';

/** What the page must say about the project: the same four rules in both periods, from different articles. */
function aboutTheProject(cites: string): ObligationRule[] {
  return [
    { id: 'description', cites, basis: 'eu-law', title: 'Кратко описание на проекта', how: DESCRIPTION_HOW, onMiss: 'fail' },
    { id: 'aims', cites, basis: 'eu-law', title: 'Целите на проекта', how: AIMS_HOW, onMiss: 'fail' },
    { id: 'results', cites, basis: 'eu-law', title: 'Резултатите на проекта', how: RESULTS_HOW, onMiss: 'warn' },
    { id: 'statement', cites, basis: 'eu-law', title: 'Изречение, което подчертава финансовата подкрепа от ЕС', how: STATEMENT_HOW, onMiss: 'fail' },
  ];
}

const RULES_2014: ObligationRule[] = [
  {
    id: 'emblem',
    cites: `${REG_821('член 4, параграф 3, буква а)')}; ${ANNEX_XII('точка 2.2, подточка 1, буква а)')}`,
    basis: 'eu-law',
    title: 'Емблемата на ЕС и надписът „Европейски съюз“ се виждат веднага, без превъртане',
    how: EMBLEM_HOW,
    onMiss: 'browser',
  },
  {
    id: 'fund',
    cites: `${ANNEX_XII('точка 2.2, подточка 1, буква б)')}; ${REG_821('член 4, параграф 3, буква б)')}`,
    basis: 'eu-law',
    title: 'Посочен е фондът (Европейският социален фонд)',
    how: 'Дали файлът на програмата посочва фонда; страницата го показва до емблемата.',
    onMiss: 'fail',
  },
  ...aboutTheProject(ANNEX_XII('точка 2.2, подточка 2, буква а)')),
  {
    id: 'disclaimer',
    cites:
      'Единен наръчник на бенефициента за прилагане на правилата за информация и комуникация 2014–2020 г. (задължителен за бенефициентите в България; точният му текст за отказа от отговорност не е проверен от нас)',
    basis: 'national-practice',
    title: 'Текст за отказ от отговорност до документите на проекта',
    how: 'Дали файлът на програмата съдържа текста за отказ от отговорност, който страницата показва до документите. Не е правило от регламентите на ЕС; липсата му е предупреждение.',
    onMiss: 'warn',
  },
];

const RULES_2021: ObligationRule[] = [
  {
    id: 'emblem',
    cites: 'член 47 от Регламент (ЕС) 2021/1060 и приложение IX към него',
    basis: 'eu-law',
    title: 'Емблемата на ЕС с надписа „Съфинансирано от Европейския съюз“',
    how: `${EMBLEM_HOW} Изискването „без превъртане“ е на член 4, параграф 3, буква а) от Регламент за изпълнение (ЕС) №\u00a0821/2014 за 2014–2020 г.; сайтът го спазва и за 2021–2027 г.`,
    onMiss: 'browser',
  },
  ...aboutTheProject(REG_1060('член 50, параграф 1, буква а)')),
  {
    id: 'disclaimer',
    cites: REG_1060('член 50, параграф 1, буква б)'),
    basis: 'eu-law',
    title: 'Изявление за подкрепата от ЕС в документите на проекта',
    how: 'Дали файлът на програмата съдържа текста, който страницата показва до документите на проекта. Липсата му е предупреждение.',
    onMiss: 'warn',
  },
];

// 2021-2027 obligations beyond the project's page (Art. 50(1) of 2021/1060), kept in one block.
// Only the social-media duty is checked. Points (c)-(e) of Art. 50(1) – durable plaques or
// billboards above a total cost, the A3 display, the event for large operations – are not: the
// thresholds in shared/reference/eu-publicity.md §2.2 are marked unconfirmed ([M]), and an
// unconfirmed threshold must not produce warnings (README, „Правилата за публичност“).
const RULES_2021_BEYOND_THE_PAGE: ObligationRule[] = [
  {
    id: 'social-media',
    cites: REG_1060('член 50, параграф 1, буква а)'),
    basis: 'eu-law',
    title: 'Краткото описание и в профилите на проекта в социалните мрежи',
    how:
      'Дали във файла на проекта са посочени негови профили в социалните мрежи. Ако са, проверката напомня, че същото кратко описание ' +
      '(цели, резултати, подкрепата от ЕС) трябва да стои и там; съдържанието на другите сайтове тя не може да провери, затова напомнянето е предупреждение.',
    onMiss: 'warn',
  },
];

/** Not rules of the regulations, but facts auditors look for: their absence is a warning. */
const NATIONAL_PRACTICE: ObligationRule[] = [
  {
    id: 'contract',
    cites:
      'изречението за финансирането на проектите в България обикновено посочва номера на договора, с който той е вписан в ИСУН 2020 (регистъра на договорите)',
    basis: 'national-practice',
    title: 'Номерът на договора',
    how: 'Дали за всеки източник с европейско финансиране е посочен номерът на договора. Не е правило от регламентите на ЕС; липсата му е предупреждение.',
    onMiss: 'warn',
  },
];

/** Asked of every project the register links to an EU contract, whatever its page states. */
const REGISTER_RULE: ObligationRule = {
  id: 'register',
  cites: 'регистърът на договорите ИСУН 2020 (публичен модул); задълженията за публичност следват договора, а не това, което пише на страницата',
  basis: 'national-practice',
  title: 'Финансирането според регистъра',
  how: 'Дали договорите с европейско финансиране, които регистърът ИСУН 2020 посочва за проекта, са посочени и във файла му. Ако не са, задълженията на периода на договора вероятно важат, но страницата не ги изпълнява; това е предупреждение, защото връзката със записа в регистъра се прави от редактор.',
  onMiss: 'warn',
};

/** The obligations of one programming period, in the order the report shows them. */
export function rulesFor(period: ProgrammePeriod): ObligationRule[] {
  if (period === '2014-2020') return [...RULES_2014, ...NATIONAL_PRACTICE];
  if (period === '2021-2027') return [...RULES_2021, ...NATIONAL_PRACTICE, ...RULES_2021_BEYOND_THE_PAGE];
  return [];
}

/** The union of the obligations of every EU source, each rule once, its citations merged. */
export function obligationsOf(periods: ProgrammePeriod[]): ObligationRule[] {
  const byId = new Map<RuleId, ObligationRule>();
  for (const rule of periods.flatMap(rulesFor)) {
    const known = byId.get(rule.id);
    // A rule that is EU law under either period is EU law for the project.
    const basis = known && (known.basis === 'eu-law' || rule.basis === 'eu-law') ? 'eu-law' : rule.basis;
    byId.set(rule.id, known && !known.cites.includes(rule.cites) ? { ...known, basis, cites: `${known.cites}; ${rule.cites}` } : (known ?? rule));
  }
  return [...byId.values()];
}

const quoted = (names: string[]) => names.map((n) => `„${n}“`).join(', ');

type Source = PublicityFacts['sources'][number];

/** What one check is given: the facts, the EU sources, and the two ways to answer. */
interface CheckInput {
  facts: PublicityFacts;
  eu: Source[];
  name: (s: Source) => string;
  met: (detail: string) => Verdict;
  missing: (detail: string) => Verdict;
}
type Verdict = Pick<ObligationResult, 'outcome' | 'detail'>;

/** One check per rule: a rule without its check, or a check of no rule, does not compile. */
const CHECKS = {
  emblem: () => ({ outcome: 'browser', detail: `мери се от теста ${BROWSER_CHECK.file} в автоматичната проверка (CI); тази проверка не го мери` }),
  fund: ({ eu, name, met, missing }) => {
    const without = eu.filter((s) => s.period === '2014-2020' && !s.fund).map(name);
    return without.length ? missing(`във файла на програмата ${quoted(without)} не е посочен фондът`) : met('фондът е посочен и се показва до емблемата');
  },
  description: ({ facts, met, missing }) =>
    facts.hasDescription ? met('страницата има описание на проекта') : missing('няма описание: текстът на проекта след заглавната част на файла е празен'),
  aims: ({ facts, met, missing }) => (facts.hasAims ? met('целта на проекта е посочена') : missing('не е посочена нито главна цел, нито специфична цел')),
  results: ({ facts, met, missing }) =>
    facts.hasResults ? met('посочени са резултати или обхват') : missing('не са посочени нито постигнати, нито очаквани резултати, нито обхват'),
  statement: ({ eu, name, met, missing }) => {
    const without = eu.filter((s) => !s.fundingStatement).map(name);
    return without.length
      ? missing(`във файла на програмата ${quoted(without)} няма изречение за финансирането`)
      : met('изречението за финансирането стои на страницата');
  },
  disclaimer: ({ eu, name, met, missing }) => {
    const without = eu.filter((s) => !s.disclaimer).map(name);
    return without.length
      ? missing(`във файла на програмата ${quoted(without)} няма текст за отказ от отговорност`)
      : met('текстът стои до документите на страницата');
  },
  contract: ({ eu, name, met, missing }) => {
    const without = eu.filter((s) => !s.contractNumber).map(name);
    return without.length ? missing(`няма номер на договора по ${quoted(without)}`) : met(eu.map((s) => s.contractNumber).join(', '));
  },
  register: ({ facts, eu, met, missing }) => {
    const stated = new Set(eu.map((s) => s.contractNumber));
    const unstated = (facts.register ?? []).filter((r) => r.period !== 'none' && !stated.has(r.contractNumber)).map((r) => r.contractNumber);
    if (!unstated.length) return met(`регистърът посочва същия договор: ${(facts.register ?? []).map((r) => r.contractNumber).join(', ')}`);
    const contracts = `${unstated.length === 1 ? 'договор' : 'договори'} ${unstated.join(', ')}`;
    return missing(
      eu.length
        ? `страницата на организацията не посочва ${contracts}, който регистърът посочва`
        : `страницата на организацията не посочва финансиране от ЕС; регистърът посочва ${contracts}`,
    );
  },
  // Other sites cannot be read from here: named accounts get a reminder (a warning) to check by hand.
  'social-media': ({ facts, met, missing }) =>
    facts.socialMedia.length
      ? missing(`проверете ръчно, че описанието на проекта стои и в профилите му в ${facts.socialMedia.join(', ')}`)
      : met('в съдържанието не са посочени профили на проекта в социалните мрежи'),
} satisfies Record<RuleId, (input: CheckInput) => Verdict>;

/** Checks each obligation a project owes against its content. */
export function checkPublicity(facts: PublicityFacts): ObligationResult[] {
  const eu = facts.sources.filter((s) => s.period !== 'none');
  const name = (s: Source) => s.programmeName ?? s.programmeId;
  const registerEu = (facts.register ?? []).filter((r) => r.period !== 'none');
  // The register's contract brings its period's obligations in only as this one warning: the match is an editor's.
  const rules = [...obligationsOf(eu.map((s) => s.period)), ...(registerEu.length ? [REGISTER_RULE] : [])];
  return rules.map((rule) => ({
    ...rule,
    ...CHECKS[rule.id]({
      facts,
      eu,
      name,
      met: (detail) => ({ outcome: 'pass', detail }),
      missing: (detail) => ({ outcome: rule.onMiss, detail }),
    }),
  }));
}

/** The programme fields the check reads. */
export interface ProgrammeTexts {
  name?: string;
  shortName?: string;
  period: ProgrammePeriod;
  fund?: EuFund;
  fundingStatement?: string;
  disclaimer?: string;
}

/** The project fields the check reads. */
export interface PublicityProject {
  goal?: string;
  specificGoals: string[];
  reach: unknown[];
  results: { achieved: unknown[]; expected: unknown[] };
  socialMedia?: { network: string }[];
  funding?: { programme: string; contractNumber?: string }[];
  /** Further sources: only the register's contracts are read. */
  otherSources?: { kind: string; programme?: string; contractNumber?: string }[];
}

/** Gathers what the check needs from a project's front matter, its body text and its programmes. */
export function publicityFacts(project: PublicityProject, body: string, programme: (id: string) => ProgrammeTexts): PublicityFacts {
  return {
    hasDescription: body.trim().length > 0,
    hasAims: Boolean(project.goal) || project.specificGoals.length > 0,
    hasResults: project.reach.length + project.results.achieved.length + project.results.expected.length > 0,
    socialMedia: (project.socialMedia ?? []).map((account) => account.network),
    sources: (project.funding ?? []).map((source) => {
      const { name, shortName, period, fund, fundingStatement, disclaimer } = programme(source.programme);
      return {
        programmeId: source.programme,
        programmeName: shortName ?? name,
        contractNumber: source.contractNumber,
        period,
        fund,
        fundingStatement,
        disclaimer,
      };
    }),
    register: (project.otherSources ?? []).flatMap((o) => {
      if (o.kind !== 'register' || !o.contractNumber) return [];
      const texts = o.programme ? programme(o.programme) : undefined;
      return [{ contractNumber: o.contractNumber, programmeName: texts && (texts.shortName ?? texts.name), period: texts?.period ?? 'none' }];
    }),
  };
}

/** The worst outcome this check decided: what the build does with the project ('browser' is decided elsewhere). */
export function worstOutcome(results: ObligationResult[]): 'pass' | 'warn' | 'fail' {
  return results.some((r) => r.outcome === 'fail') ? 'fail' : results.some((r) => r.outcome === 'warn') ? 'warn' : 'pass';
}

/** One project's publicity: whether it has EU money, each obligation's result, and its worst outcome. */
export interface ProjectPublicity {
  kind: EuFunding;
  results: ObligationResult[];
  outcome: 'pass' | 'warn' | 'fail';
}

/**
 * The one publicity check of a project, for the report page (src/data/catalog.ts) and the
 * command line (src/checks/check-publicity.ts) alike.
 */
export function projectPublicity(project: PublicityProject, body: string, programme: (id: string) => ProgrammeTexts): ProjectPublicity {
  const kind = euFundingOf(project.funding?.map((f) => programme(f.programme).period));
  const results = checkPublicity(publicityFacts(project, body, programme));
  // Unstated funding cannot be checked: a warning, never a silent pass (the register's finding is among the results).
  return { kind, results, outcome: kind === 'unknown' ? 'warn' : worstOutcome(results) };
}
