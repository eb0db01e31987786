/**
 * Every interface text of the site in English (the pages under /en/). Same keys as bg.ts:
 * `satisfies UiStrings` makes a missing or misspelt key a compile error. Plain, short, British
 * spelling; no facts about projects or organizations (those come from content).
 */
import type { DateSpan, Duration, ProjectStatus, StatusReason } from '../lib/period.ts';
import { DATE_RANGE_DASH, formatDate, formatYear, type IsoDate } from '../lib/dates.ts';
import type { EmblemLine, EuFund, EuFunding } from '../lib/eu-funding.ts';
import type { GroupingName } from '../lib/groupings.ts';
import { formatMoney, formatMoneyParts, type MoneyView } from '../lib/money.ts';
import type { Outcome, RuleBasis } from '../lib/publicity.ts';
import type { SearchKind } from '../lib/search-facets.ts';
import type { CardAlt } from '../lib/social-card.ts';
import type { SourceDateKind } from '../schemas/source.ts';
import type { FactValue, SourcedFact } from '../lib/fact-sources.ts';
import type { EuPeriod, OtherSourceDateKind, OtherSourceKind } from '../schemas/enums.ts';
import type { Lang } from './lang.ts';
import type { UiStrings } from './ui-strings.ts';

const FUNDS = {
  ESF: 'European Social Fund',
  'ESF+': 'European Social Fund Plus',
} satisfies Record<EuFund, string>;

const formatDateEn = (date: IsoDate) => formatDate(date, 'en');
const months = (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`;
const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
const projects = (n: number) => (n === 1 ? '1 project' : `${n} projects`);

export const en = {
  lang: 'en' as Lang,
  /** „15 September 2019“ */
  date: formatDateEn,
  year: (year: number) => formatYear(year, 'en'),
  /** „€443,748.60 (BGN 867,896.82)“ */
  money: (view: MoneyView) => formatMoney(view, 'en'),
  moneyParts: (view: MoneyView) => formatMoneyParts(view, 'en'),
  period: {
    dates: (span: DateSpan) =>
      span.start && span.end
        ? `${formatDateEn(span.start)}${DATE_RANGE_DASH}${formatDateEn(span.end)}`
        : span.start
          ? `from ${formatDateEn(span.start)} (end: not stated)`
          : `until ${formatDateEn(span.end!)} (start: not stated)`,
    duration: (d: Duration) =>
      d.kind === 'months'
        ? d.extendedTo.length
          ? `${months(d.months)}, extended to ${d.extendedTo.map(months).join(', then to ')}`
          : months(d.months)
        : [d.months ? months(d.months) : '', d.days ? days(d.days) : ''].filter(Boolean).join(' and '),
  },
  card: {
    project: 'Project',
    news: 'News',
    dated: (label: string, date: string) => `${label} · ${date}`,
    alt: (c: CardAlt) =>
      `${[c.title, c.organization].filter(Boolean).join(' – ')}. ${c.emblem.length ? `The EU flag with the words “${c.emblem.join(', ')}”. ` : ''}${c.siteName}`,
  },
  shareImageAlt: (siteName: string) => `${siteName}: social projects for children and families in Bulgaria`,
  /** Open Graph's locale of the page. */
  ogLocale: 'en_GB',
  /** The link to this page in Bulgarian, named in Bulgarian. */
  languageSwitch: { name: 'Български', none: 'No Bulgarian version' },
  skipLink: 'Skip to main content',
  notStated: 'not stated',
  dates: {
    checked: 'Facts checked against the source on',
    checkedNone: 'When the facts were checked against the source is not stated.',
    built: (date: string) => `This page was built on ${date}; the status is as of that date.`,
    prepared: 'Prepared on',
    reviewed: 'Last reviewed',
    updated: 'Text last changed',
  },
  source: {
    label: 'Source',
    quotes: ['“', '”'] as [string, string],
    none: 'not stated',
    pageOf: (publisher: string) => `page of ${publisher}`,
    pageUnknownPublisher: 'page with no stated publisher',
    date: {
      published: (date: string) => `published on ${date}`,
      changed: (date: string) => `last changed ${date}`,
      shown: (date: string) => `dated ${date}`,
    } satisfies Record<SourceDateKind, (date: string) => string>,
  },
  statusWithReason: (status: string, reason?: StatusReason) =>
    reason ? `${status} (by ${formatDateEn(reason.latestEnd)} at the latest, the end of eligible spending for ${reason.period.replace('-', '–')})` : status,
  homeTitle: 'Projects for children and families',
  projectsHeading: 'Projects',
  projectCount: projects,
  projectsInSite: (name: string, n: number) => `${name}: ${projects(n)} on this site.`,
  noProjects: 'No projects yet.',
  noProjectsYet: 'no projects yet',
  mainNav: 'Main navigation',
  navProjects: 'Projects',
  navAbout: 'About',
  navNews: 'News',
  navDonate: 'Donate',
  home: {
    find: 'Find a project',
    findBy: {
      municipality: 'By municipality',
      province: 'By province',
      programme: 'By programme or donor',
    },
    newest: 'Newest projects',
    newestHint: 'Ordered by the latest date in their data: start, contract or source date.',
    latestNews: 'Latest news',
    allNews: 'All news',
    allProjects: 'All projects and their groups',
    donateHeading: 'Support the projects',
    donateText: 'Some of the organizations accept donations, one-off or monthly.',
    donateLink: 'How to donate',
    newsletterHeading: 'Newsletter',
    newsletterText: 'Be the first to hear about new projects and results.',
    newsletterLink: 'About the newsletter',
  },
  operator: {
    name: 'Organization',
    email: 'Feedback e-mail',
  },
  accessibilityStatement: 'Accessibility statement',
  footerNote: 'This site sets no cookies and loads nothing from other sites.',
  footerRunBy: 'This site is run by',
  footerFunding: 'Funding of this site',
  footerEuNote: 'This site presents projects. The European Union funding shown on a project page is that project’s, not this site’s.',
  placeholderUrl: 'The site’s address is not final yet.',
  placeholderOperator: 'The organization that runs this site is not named yet.',
  trialBanner: {
    label: 'Trial version',
    text: 'This site is a trial version: its data and bank accounts are not final yet.',
  },
  status: {
    planned: 'planned',
    ongoing: 'ongoing',
    completed: 'completed',
    unknown: 'status: not stated',
  } satisfies Record<ProjectStatus, string>,
  statusGroup: {
    ongoing: 'Ongoing',
    planned: 'Planned',
    completed: 'Completed',
    unknown: 'Status: not stated',
  } satisfies Record<ProjectStatus, string>,
  statusHint: (date: string) => `as of ${date}`,
  sourceSection: 'Source and dates',
  euFunding: {
    eu: 'with EU funding',
    'not-eu': 'without EU funding',
    unknown: 'funding: not stated',
  } satisfies Record<EuFunding, string>,
  project: {
    about: 'About the project',
    goals: 'Goals',
    mainGoal: 'Main goal',
    specificGoals: 'Specific goals',
    activities: 'Activities',
    targetGroups: 'Target groups',
    reach: 'Reach',
    reachAsOf: (when: string, exactDay: boolean) => (exactDay ? `as of ${when}` : `in ${when}`),
    results: 'Results',
    achieved: 'Results achieved',
    expected: 'Expected results',
    expectedNote: 'These are the planned results, not results achieved.',
    funding: 'Funding',
    totalCost: 'Total cost of the project',
    grant: 'Grant',
    euShare: 'EU share',
    nationalShare: 'National co-financing',
    programme: 'Programme or donor',
    contractNumber: 'Contract number',
    contractDate: 'Contract signed on',
    procedure: 'Call for proposals',
    priorityAxis: 'Priority axis',
    fundingUnknownNote: 'This does not mean that the project has no EU funding.',
    rateNote: 'Amounts in leva are converted to euro at the fixed rate €1 = BGN 1.95583.',
    period: 'Period and status',
    dates: 'Dates',
    duration: 'Duration',
    status: 'Status',
    organizations: 'Organizations',
    lead: 'Beneficiary (lead organization)',
    places: 'Places',
    municipality: (name: string) => (name === 'Столична община' ? 'Sofia Municipality' : `${name} municipality`),
    province: (name: string) => `${name} province`,
    contacts: 'Contacts',
    contactsFromLead: 'Contact details of the lead organization:',
    documents: 'Documents',
    links: 'The project in public registers',
    isun: 'ISUN 2020',
    onlyInBulgarian: 'The description of this project is available in Bulgarian only.',
    readInBulgarian: 'Read it in Bulgarian',
  },
  groupings: {
    heading: 'Projects by group',
    all: 'All projects',
    fundingNotStated: 'Programme or donor: not stated',
    titles: {
      status: 'By status',
      municipality: 'By municipality',
      province: 'By province',
      programme: 'By programme or donor',
      organization: 'By organization',
    } satisfies Record<GroupingName, string>,
    groupTitle: {
      status: (label: string) => `Projects – ${label.toLowerCase()}`,
      municipality: (label: string) => (label === 'Столична община' ? 'Projects in Sofia Municipality' : `Projects in ${label} municipality`),
      province: (label: string) => `Projects in ${label} province`,
      programme: (label: string) => `Projects – ${label}`,
      organization: (label: string) => `Projects of ${label}`,
    } satisfies Record<GroupingName, (label: string) => string>,
    groupDescription: (title: string, count: string) => `${title}: ${count}.`,
    viewAll: (count: string) => `View all (${count})`,
  },
  donate: {
    title: 'Donate',
    description: 'How to donate to the organizations that run projects for children and families: bank transfer, monthly giving, details for companies.',
    intro: 'These organizations accept donations. This site takes no payments: here are the details you need to give directly to the organization.',
    giveTo: (name: string) => `Donate to ${name}`,
    supports: 'Projects the organization takes part in',
    moreProjects: (n: number) => (n === 1 ? 'and 1 more project' : `and ${n} more projects`),
    once: 'One-off donation',
    monthly: 'Monthly donation',
    monthlyNone: 'The organization has not given a way to donate monthly. You can set up a monthly transfer at your bank with the same details.',
    monthlyLink: 'How to join',
    byTransfer: 'By bank transfer',
    byCard: 'By card',
    cardLink: 'To the card payment page',
    bySms: 'By text message',
    smsText: (keyword: string) => `Send a text message DMS ${keyword} to 17 777.`,
    recipient: 'Recipient',
    bank: 'Bank',
    reason: 'Payment reference',
    copyIban: 'Copy IBAN',
    copyIbanExample: 'Copy IBAN (EXAMPLE – do not transfer)',
    copyReason: 'Copy the reference',
    copied: 'Copied.',
    copyFailed: 'Could not copy; select the text and copy it.',
    example: 'EXAMPLE – do not transfer',
    exampleNote: 'The bank details below are an EXAMPLE: the organization’s real account is not on the site yet. Do not send money to it.',
    qrAlt: (name: string) => `QR code for a transfer to ${name}`,
    qrCaption: 'Scan with your banking app: the recipient, IBAN and reference fill in by themselves; you choose the amount.',
    qrExampleCaption: 'EXAMPLE – do not transfer. The QR code holds the example IBAN.',
    impact: 'What a donation does',
    businessHeading: 'Tax relief',
    reliefPeople: 'Individuals: the annual tax base is reduced by donations of up to 5 % of it (Art. 22 of the Personal Income Tax Act).',
    reliefCompanies: 'Companies: donations count as an expense up to 10 % of the positive accounting result (Art. 31 of the Corporate Income Tax Act).',
    reliefMunicipality:
      'The relief applies because municipalities (as budget organizations) are among the recipients Art. 22 of the Personal Income Tax Act lists.',
    reliefPublicBenefit: (name: string) => `The relief applies because ${name} is registered for public benefit.`,
    reliefUnknown: (name: string) =>
      `Relief under Art. 22 of the Personal Income Tax Act and Art. 31 of the Corporate Income Tax Act applies only to donations to the recipients the acts list, among them non-profit organizations registered for public benefit. Whether ${name} is registered for public benefit is not stated; ask the organization.`,
    receives: 'What the organization gives its donors',
    eik: 'UIC (EIK)',
    publicBenefit: 'Public benefit',
    reports: 'Annual reports',
    yes: 'yes',
    no: 'no',
    projectCta: 'Donations for the project',
    projectCtaText: (name: string) => `${name} accepts donations for this project.`,
    projectCtaLink: (name: string) => `How to donate to ${name}`,
    organizationTakes: (name: string) => `${name} accepts donations`,
    none: 'No organization has entered donation details yet.',
  },
  newsletter: {
    title: 'Newsletter',
    description: 'Sign up for the newsletter about new projects and results.',
    intro: 'Be the first to hear about new projects, results and news. We write rarely; every e-mail has a link to unsubscribe.',
    heading: 'Newsletter',
    email: 'E-mail',
    name: 'Name',
    optional: '(optional)',
    consent: 'I agree to receive the newsletter by e-mail. I have read',
    privacy: 'the privacy policy',
    honeypot: 'Do not fill in this field',
    submit: 'Sign me up',
    stubNote: 'Sign-up is not connected yet: the form neither sends nor keeps your data.',
    summaryHeading: 'There is a problem',
    errors: {
      emailMissing: 'Enter your e-mail address',
      emailInvalid: 'Enter an e-mail address in the form name@example.com',
      consentMissing: 'Tick the box to agree to receive the newsletter',
    },
    stubResult: 'Sign-up is not connected yet. We have not sent or kept your data.',
    stubContact: (email: string) => `If you would like to receive news, write to ${email}.`,
    stubTitle: 'Newsletter sign-up is not connected yet',
    stubText:
      'The organization that runs this site has not chosen a service to send the newsletter yet. So the form sent your data nowhere and kept nothing – neither your e-mail nor your name.',
    stubBack: 'Back to the news',
  },
  search: {
    kind: {
      project: 'project',
      news: 'news',
      organization: 'organization',
      programme: 'programme',
      page: 'page',
      donation: 'donation',
    } satisfies Record<SearchKind, string>,
    programmeNotStated: 'not stated',
    title: 'Search',
    description: 'Search the projects, news, organizations and programmes.',
    label: 'What are you looking for?',
    headerLabel: 'Search this site',
    submit: 'Search',
    sortLabel: 'Order',
    sortRelevance: 'Most relevant first',
    sortNewest: 'Newest projects first',
    sortAmount: 'Largest amount first',
    filtersLabel: 'Narrow the results',
    noScript: 'Search needs JavaScript, which is turned off in your browser. You can also find the projects by group:',
    client: {
      found: 'Results for “{query}”: {count}.',
      more: 'Show more results',
      none: 'No results for “{query}”.',
      tipSpelling: 'Check the spelling or try a shorter form of the word.',
      tipCyrillic: 'Place names are in Bulgarian: try them in Cyrillic, e.g. „хасково“ for “Haskovo”.',
      tipProjects: 'Browse all projects',
      didYouMean: 'Did you mean: ',
      alsoCyrillic: 'Results for “{query}” are shown too.',
      clearFilters: 'No results with the chosen filters. Remove one of them.',
      filtersOn: 'selected: {count}',
      empty: 'Type a word: a place, a need, a project name or a contract number.',
      loading: 'Searching…',
      error: 'Search could not load. Try again or browse the projects by group.',
      filter_вид: 'Type',
      filter_програма: 'Programme',
      filter_организация: 'Organization',
      filter_община: 'Municipality',
      filter_област: 'Province',
      filter_статус: 'Status',
    },
  },
  publicity: {
    title: 'Information and publicity',
    description:
      'The check of the information and communication obligations of EU-funded projects: the rules, where they come from, and the result for each project.',
    intro:
      'For each EU-funded project: the programme, the contract number, the amounts and the check of the information and communication obligations – where each rule comes from, what we check, how, and the result.',
    aboutHeading: 'About this check',
    checkedOn: 'Date of the check',
    checkedOnNote: 'the date the site was built; the check runs at every build',
    version: 'Rules version',
    versionText: (n: number, date: string, acts: string) => `${n} of ${date}, under ${acts}`,
    operator: 'Who runs this site',
    legendHeading: 'What the marks mean',
    mark: { pass: '✓', warn: '!', fail: '✗', browser: '◌' } satisfies Record<Outcome, string>,
    outcome: { pass: 'met', warn: 'attention', fail: 'not met', browser: 'checked in a browser' } satisfies Record<Outcome, string>,
    legend: {
      pass: 'the check found what the rule asks for',
      warn: 'something auditors look for is missing; the site is published without it',
      fail: 'the rule is not met; the site is not published until it is fixed',
      browser: 'the rule is about what visitors see on screen; a separate browser test measures it, not this check, so there is no mark here',
    } satisfies Record<Outcome, string>,
    rulesHeading: 'The rules',
    rulesPeriod: (period: string) => `Projects under the ${period.replace('-', '–')} programmes`,
    basis: { 'eu-law': 'EU law', 'national-practice': 'National practice, not EU law' } satisfies Record<RuleBasis, string>,
    cites: 'Source',
    how: 'How it is checked',
    projectsHeading: 'Projects',
    obligations: 'Result of the check',
    unknownHeading: 'Projects that cannot be checked',
    unknownText:
      'the source of funding is not stated: we do not know whether the project has EU communication obligations, so we do not check them and do not show the EU flag',
    unknownIntro:
      'The pages of these projects do not state a source of funding. So we do not know whether they have EU communication obligations, and we do not show the EU flag.',
    notEu: 'no European Union money: no EU communication obligations',
    browserWhere: 'tests/browser/eu-block.test.ts',
    byProgrammeHeading: 'Projects by programme',
    byProgrammeIntro:
      'The number of EU-funded projects per programme and the worst result of the check for each project. Each programme’s projects, with contract numbers, amounts and the result of every rule, are on pages of their own.',
    programmeColumn: 'Programme',
    projectsColumn: 'Projects',
    worstColumn: { fail: 'With an error', warn: 'Warnings only', pass: 'All met' },
    byRuleHeading: 'Results by rule',
    byRuleIntro: 'For each rule: for how many projects it is met, has a warning, is not met, and is measured in a browser.',
    ruleColumn: 'Rule',
    noEuProjects: 'There are no EU-funded projects.',
    unknownCount: (count: string) => `${count} with no funding source stated`,
    groupTitle: (programme: string) => `Information and publicity: ${programme}`,
    groupDescription: (programme: string) =>
      `The check of the information and publicity obligations of the projects under ${programme}: contract number, amounts and the result of every rule.`,
  },
  redirect: {
    title: 'This page has moved',
    text: 'The page is now at a new address:',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address. The address may be wrong or the page may have moved.',
    home: 'To the home page',
    projects: 'All projects and their groups',
    news: 'News',
  },
  pagination: {
    label: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    page: (n: number, total: number) => `Page ${n} of ${total}`,
  },
  news: {
    title: 'News',
    description: 'News about the projects for children and families: contracts, agreements, results.',
    none: 'No news.',
    published: 'Published on',
    undated: (about?: string) => (about ? `Date published: not stated (the news item is about ${about})` : 'Date published: not stated'),
    aboutProjects: 'Projects in this news item',
    aboutOrganizations: 'Organizations in this news item',
    related: 'News',
    olderOnList: (shown: number, total: number) => `Showing the latest ${shown} of ${total}; all news`,
    onlyInBulgarian: 'The text of this news item is available in Bulgarian only.',
    readInBulgarian: 'Read it in Bulgarian',
  },
  images: {
    heading: 'Photos',
    credit: 'Photo',
    licence: 'Licence',
  },
  contentPage: {
    onlyInBulgarian: 'This page is available in Bulgarian only.',
    readInBulgarian: 'Read it in Bulgarian',
  },
  keyFacts: {
    heading: 'Key facts',
    contents: 'On this page',
    label: {
      lead: 'Lead organization',
      partners: 'Partners',
      places: 'Places',
      period: 'Period',
      status: 'Status',
      reach: 'Children and families reached',
      totalCost: 'Total cost',
      grant: 'Grant',
      euShare: 'EU funds',
      programme: 'Programme or donor',
      contract: 'Contract number',
    },
    status: {
      planned: 'planned',
      ongoing: 'ongoing',
      completed: 'completed',
      unknown: 'not stated',
    } satisfies Record<ProjectStatus, string>,
    partner: 'Partner',
    notEu: 'none: the stated source is not from the European Union',
    notEuProgramme: 'funds from outside the European Union',
    places: (municipalities: string[], provinces: string[]) => {
      const where =
        municipalities.length === 1
          ? municipalities[0] === 'Столична община'
            ? 'Sofia Municipality'
            : `${municipalities[0]} municipality`
          : `${municipalities.join(', ')} municipalities`;
      return provinces.length ? `${where}; ${provinces.join(', ')} ${provinces.length === 1 ? 'province' : 'provinces'}` : where;
    },
    cardPlaces: (municipalities: string[], provinces: string[]) =>
      municipalities.length > 2 && provinces.length === 1
        ? `${municipalities.length} municipalities in ${provinces[0]} province`
        : municipalities.map((m) => (m === 'Столична община' ? 'Sofia Municipality' : `${m} municipality`)).join(', '),
    reachWhen: (date?: string, year?: number) => (date ? `as of ${date}` : `in ${year}`),
    /** Who else states a key fact, and what (src/lib/fact-sources.ts builds the sentence). */
    factSources: {
      who: (kind: 'main' | OtherSourceKind, name?: string) =>
        kind === 'register' ? `the register ${name}` : kind === 'news' ? `a news item by ${name}` : name ? `the page of ${name}` : 'the source page',
      when: (kind: OtherSourceDateKind, date: string) =>
        ({ published: `published ${date}`, changed: `last changed ${date}`, shown: `dated ${date}`, read: `data as of ${date}` })[kind],
      fact: {
        totalCost: 'a total cost of',
        status: 'the status',
        contractNumber: 'contract',
        programme: 'the programme',
        contractDate: 'a contract date of',
        months: 'a duration of',
        start: 'a start on',
        end: 'an end on',
      } satisfies Record<SourcedFact, string>,
      value: (fact: SourcedFact, value: FactValue) =>
        typeof value === 'object'
          ? formatMoney(value, 'en')
          : typeof value === 'number'
            ? months(value)
            : fact === 'contractDate' || fact === 'start' || fact === 'end'
              ? formatDateEn(value)
              : fact === 'status'
                ? `“${value}”`
                : value,
      differ: 'The sources differ: ',
      states: (who: string, fact: string, value: string) => `${who} gives ${fact} ${value}`,
      same: 'the same',
      date: formatDateEn,
      registerLink: 'Search the ISUN 2020 register (external site)',
    },
    card: {
      place: 'Place',
      period: 'Dates',
      status: 'Status',
      totalCost: 'Total cost',
      grant: 'Grant',
    },
  },
  funds: FUNDS,
  eu: {
    caption: {
      eu: 'European Union',
      coFunded: 'Co-funded by the European Union',
      ...FUNDS,
    } satisfies Record<EmblemLine, string>,
    supportedBy: (funder: string) => `Supported by ${funder}.`,
    heading: 'Funding from the European Union',
    emblemAlt: 'Flag of the EU – European Union',
    funderCredit: 'Support for the project',
    disclaimer: 'Disclaimer',
    contract: 'Contract',
    contractNo: (numbers: string) => `Contract No\u00a0${numbers}`,
  },
  poster: {
    link: 'A3 poster to print (in Bulgarian)',
    linkNote: 'for the organization: an EU publicity requirement',
    title: (project: string) => `A3 poster: ${project}`,
    description: 'An A3 poster of a project with EU funding, to print and put up where the public sees it.',
    crumb: 'A3 poster',
    heading: 'A3 poster to print',
    intro:
      'The poster shows the EU emblem, the programme, the project’s name and main aim, the EU support and the beneficiary, all taken from the project’s page.',
    howToPrint:
      'Print it from the browser (Ctrl+P) on A3 paper, portrait, at 100 % scale, and put it up where the public sees it, for example at the entrance of the building.',
    rule: {
      '2014-2020': 'Required by point 2.2(2)(b) of Annex XII to Regulation (EU) No\u00a01303/2013.',
      '2021-2027': 'Required by Article 50(1)(d) of Regulation (EU) 2021/1060.',
    } satisfies Record<EuPeriod, string>,
    noAmount:
      'The project’s file does not state the amount of funding, so the poster shows none. Add it to the funding source (funding → grant or euShare) to have it shown.',
    placeholderUrl: 'The site’s address in content/site.yaml is still an example: the QR code and the address on the poster lead there.',
    back: 'To the project’s page',
    sheet: 'The poster',
    more: 'More about the project:',
    beneficiary: 'Beneficiary',
    programme: 'Programme',
    noGoal: 'The project’s file does not state its main aim, so the poster shows none. Add it (goal).',
    qrAlt: 'QR code to the project’s page',
  },
  breadcrumbs: {
    label: 'Breadcrumb',
    home: 'Home',
  },
  organization: {
    indexTitle: 'Organizations',
    indexDescription: 'The organizations on this site: beneficiaries and partners of the projects for children and families.',
    projects: 'Projects of the organization',
    address: 'Address',
    phone: 'Phone',
    email: 'E-mail',
    website: 'Website',
    role: (role: string) => role,
  },
  programme: {
    indexTitle: 'Programmes and donors',
    indexDescription: 'The EU programmes and private donors that fund the projects for children and families on this site.',
    projects: 'Projects under the programme',
    period: 'Programming period',
    fund: 'Fund',
    managingAuthority: 'Managing authority',
    cci: 'CCI code',
    origin: 'Origin of the funds',
    notEu: 'outside the European Union',
    notEuNote: 'funds from outside the European Union',
  },
  openData: {
    title: 'Open data',
    description:
      'All projects on this site as JSON and CSV files for reuse: the fields of the list of operations under the EU regulations, amounts in euro and in the original currency, sources and dates.',
    intro:
      'The facts about every project here are also available as files for journalists, auditors and anyone who wants to process them. The files are made at every publication of the site from the same data as the pages, so the two cannot differ. Unknown is an empty cell (null in JSON), never zero or a guess.',
    filesHeading: 'Files',
    size: 'Size',
    date: 'Date',
    files: {
      'proekti.json': 'All projects with all their fields (JSON)',
      'proekti.csv': 'One row per project (CSV, UTF-8 with BOM, comma-separated)',
      'finansirane.csv': 'One row per source of funding (CSV)',
      'schema.json': 'The description of the fields (JSON Schema 2020-12), in Bulgarian and English',
    } as Record<string, string>,
    perProject: 'Each project also has its own JSON file next to its page:',
    perProjectPage: (page: string) => `The projects’ files, ${page.toLowerCase()}`,
    perGroup: 'Each page of grouped projects (by province, municipality, programme, organization, status) gives a CSV with only its projects.',
    csvNote:
      'Amounts in the CSV use a full stop as the decimal mark; columns ending in Eur are in euro, and Amount and Currency give the amount as the source writes it. Several values in one cell are separated by „; “.',
    licenceHeading: 'Licence and citation',
    licenceNotSet: 'The organization that runs this site has not set the data licence yet. Until it does, ask it before reuse.',
    licence: 'Licence:',
    citation: 'How to cite:',
    citationDefault: (site: string, url: string, date: string) => `${site}, open data on social projects, ${url}, as of ${date}`,
    mappingHeading: 'The fields and what they correspond to',
    mappingIntro:
      'Which field corresponds to which field of the list of operations (Art. 49(3) of Regulation (EU) 2021/1060 and Annex XII, point 1 of Regulation (EU) No 1303/2013) and of the 360Giving standard. “Derived” means the site calculates it rather than copying it from the source.',
    field: 'Field',
    meaning: 'Meaning',
    euField: 'List of operations',
    givingField: '360Giving',
    derived: 'derived',
    nutsNote: 'NUTS 3 codes (NUTS 2021) are filled in only for provinces checked against a source; for the others the field is empty.',
    groupCsv: 'Download these projects as CSV',
    bytes: (n: number) => (n < 1024 ? `${n} bytes` : `${(n / 1024).toFixed(1)} KB`),
  },
  feeds: {
    newsTitle: (site: string) => `${site} – news`,
    projectsTitle: (site: string) => `${site} – project changes`,
    newsLink: 'News (Atom)',
    projectsLink: 'Project changes (Atom)',
  },
  reportError: {
    link: 'Report an error',
    hint: 'opens an e-mail to the people who run this site with the address of this page',
    mail: {
      subject: (title: string) => `Error on the page “${title}”`,
      page: 'Page',
      address: 'Address',
      contract: 'Contract number',
      ask: 'Which fact is wrong, what is right, and how do you know:',
    },
  },
  /** The build-time charts and the map; each has its numbers in text too (a caption and a table). */
  charts: {
    figureLabel: 'Chart',
    tableNote: 'The same numbers in a table:',
    reachTotal: (unit: string) => `Total ${unit}`,
    reachAsOf: (when: string, exactDay: boolean) => (exactDay ? `As of ${when}` : `In ${when}`),
    reachCaption: (total: number, unit: string, when: string) => `${total} ${unit} ${when}, by activity.`,
    reachAddsUp: (total: number, parts: number[]) => `${total} = ${parts.join(' + ')}.`,
    reachDoesNotAddUp: 'The activities do not add up to the total; the source gives them so.',
    achievedLegend: 'Solid bars are achieved (reported) figures.',
    part: 'Activity',
    count: 'Number',
    when: 'As of',
    expectedMarker: 'expected',
    achievedMarker: 'achieved',
    moneyCaption: 'Amounts in euro, to scale: the longest bar is the largest stated amount. An amount that is not stated has no bar.',
    moneyRow: {
      totalCost: 'Total project cost',
      grant: 'Grant',
      euShare: 'EU share',
      nationalShare: 'National co-financing',
    },
    ofProgramme: (label: string, programme: string) => `${label} – ${programme}`,
    amount: 'Amount',
    item: 'What',
    timelineCaptionDates: 'The project period on the calendar; the original period is solid.',
    timelineCaptionMonths: 'The project period in months from its start; the original period is solid.',
    timelineExtended: 'The extension is hatched.',
    timelineOpenEnd: 'The end is not stated, so the bar stays open with a dashed line.',
    timelineBuild: 'The line with a diamond is the date the page was built.',
    timelineBuildBeyond: 'The diamond on the right is the date the page was built; the axis up to it is shortened.',
    timelineNoStart: 'The start is not stated, so the dates and the page date are not on the line.',
    planned: 'Original period',
    extension: 'Extension',
    openEnd: 'end not stated',
    start: 'Start',
    startWord: 'start',
    plannedEnd: 'End of the original period',
    extendedEnd: (n: number) => (n === 1 ? 'End after the extension' : `End after extension ${n}`),
    buildDate: 'The page was built on',
    monthsFromStart: 'months from the start',
    months: (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`,
    afterMonths: (n: number) => `${n} ${n === 1 ? 'month' : 'months'} after the start`,
    mapHeading: 'Projects by province',
    mapCaption: 'The map is for the eye only; the list below it says the same, with links.',
    mapLegendNone: 'no project',
    mapLegend: (min: number, max: number) => (min === max ? (min === 1 ? '1 project' : `${min} projects`) : `${min} to ${max} projects`),
    mapProjectCaption: 'The project’s provinces are shaded on the map; the same are in the list above.',
    mapCredit: 'Province boundaries from Natural Earth (public domain).',
  },
} satisfies UiStrings;
