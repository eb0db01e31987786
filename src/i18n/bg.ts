/**
 * Every interface text of the site in Bulgarian. This table defines the shape of the others
 * (`UiStrings` in ./ui-strings.ts): a key added here and missing in en.ts is a compile error.
 * Not `as const`, so the other tables are typed by the same widened shape.
 */
import type { DateSpan, Duration, ProjectStatus, StatusReason } from '../lib/period.ts';
import { DATE_RANGE_DASH, formatDate, formatYear, type IsoDate } from '../lib/dates.ts';
import type { EmblemLine, EuFund, EuFunding } from '../lib/eu-funding.ts';
import type { EuPeriod } from '../schemas/enums.ts';
import type { GroupingName } from '../lib/groupings.ts';
import { formatMoney, formatMoneyParts, type MoneyView } from '../lib/money.ts';
import type { Outcome, RuleBasis } from '../lib/publicity.ts';
import type { SearchKind } from '../lib/search-facets.ts';
import type { CardAlt } from '../lib/social-card.ts';
import type { SourceDateKind } from '../schemas/source.ts';
import type { FactValue, SourcedFact } from '../lib/fact-sources.ts';
import type { OtherSourceDateKind, OtherSourceKind } from '../schemas/enums.ts';
import type { Lang } from './lang.ts';

const FUNDS = {
  ESF: 'Европейски социален фонд',
  'ESF+': 'Европейски социален фонд+',
} satisfies Record<EuFund, string>;

const formatDateBg = (date: IsoDate) => formatDate(date, 'bg');
const months = (n: number) => `${n} ${n === 1 ? 'месец' : 'месеца'}`;
const days = (n: number) => `${n} ${n === 1 ? 'ден' : 'дни'}`;

export const bg = {
  lang: 'bg' as Lang,
  /** „15.09.2019 г.“ */
  date: formatDateBg,
  /** „2019 г.“ */
  year: (year: number) => formatYear(year, 'bg'),
  /** „443 748,60 € (867 896,82 лв.)“, and the same in two parts for components that style them. */
  money: (view: MoneyView) => formatMoney(view, 'bg'),
  moneyParts: (view: MoneyView) => formatMoneyParts(view, 'bg'),
  /** A project's period in words; src/lib/period.ts gives the dates and numbers. */
  period: {
    /** „15.09.2019 г. – 31.12.2020 г.“; with one end unknown, „от 15.09.2019 г. (край: не е посочено)“. */
    dates: (span: DateSpan) =>
      span.start && span.end
        ? `${formatDateBg(span.start)}${DATE_RANGE_DASH}${formatDateBg(span.end)}`
        : span.start
          ? `от ${formatDateBg(span.start)} (край: не е посочено)`
          : `до ${formatDateBg(span.end!)} (начало: не е посочено)`,
    /** „26 месеца, с удължаване до 42 месеца“, or „15 месеца и 17 дни“ when only the dates are known. */
    duration: (d: Duration) =>
      d.kind === 'months'
        ? d.extendedTo.length
          ? `${months(d.months)}, с удължаване до ${d.extendedTo.map(months).join(', после до ')}`
          : months(d.months)
        : [d.months ? months(d.months) : '', d.days ? days(d.days) : ''].filter(Boolean).join(' и '),
  },
  /** The social card of a project or a news item (og:image): its label, and its text alternative. */
  card: {
    project: 'Проект',
    news: 'Новина',
    /** „Новина · 28.04.2023 г.“ */
    dated: (label: string, date: string) => `${label} · ${date}`,
    alt: (c: CardAlt) =>
      `${[c.title, c.organization].filter(Boolean).join(' – ')}. ${c.emblem.length ? `Знамето на ЕС с надпис „${c.emblem.join(', ')}“. ` : ''}${c.siteName}`,
  },
  shareImageAlt: (siteName: string) => `${siteName}: социални проекти за деца и семейства в България`,
  /** Open Graph's locale of the page. */
  ogLocale: 'bg_BG',
  /** The link to this page in English, named in English. */
  languageSwitch: { name: 'English', none: 'Няма версия на английски' },
  skipLink: 'Към основното съдържание',
  notStated: 'не е посочено',
  /** Three dates kept apart: the source's own, the day we checked the facts, the build. */
  dates: {
    checked: 'Фактите са сверени с източника на',
    checkedNone: 'Кога фактите са сверени с източника, не е посочено.',
    built: (date: string) => `Страницата е построена на ${date}; статусът е към тази дата.`,
    prepared: 'Изготвена на',
    reviewed: 'Последен преглед',
    updated: 'Последна промяна на текста',
  },
  /** „Източник: страница на Община Хасково „…“, последна промяна 11.08.2022 г.“ */
  source: {
    label: 'Източник',
    /** The quotation marks around the source's title. */
    quotes: ['„', '“'] as [string, string],
    none: 'не е посочен',
    pageOf: (publisher: string) => `страница на ${publisher}`,
    pageUnknownPublisher: 'страница без посочен издател',
    date: {
      published: (date: string) => `публикувана на ${date}`,
      changed: (date: string) => `последна промяна ${date}`,
      shown: (date: string) => `с дата ${date}`,
    } satisfies Record<SourceDateKind, (date: string) => string>,
  },
  /** A status with the reason it was derived, e.g. „приключил (най-късно 31.12.2023 г., …)“. */
  statusWithReason: (status: string, reason?: StatusReason) =>
    reason ? `${status} (най-късно ${formatDateBg(reason.latestEnd)}, краят на допустимите разходи за ${reason.period.replace('-', '–')})` : status,
  homeTitle: 'Проекти за деца и семейства',
  projectsHeading: 'Проектите',
  projectCount: (n: number) => (n === 1 ? '1 проект' : `${n} проекта`),
  /** An organization's or programme's description when its file gives none. */
  projectsInSite: (name: string, n: number) => `${name}: ${n === 1 ? '1 проект' : `${n} проекта`} в сайта.`,
  noProjects: 'Все още няма проекти.',
  noProjectsYet: 'още няма проекти',
  mainNav: 'Основна навигация',
  navProjects: 'Проекти',
  navAbout: 'За сайта',
  navNews: 'Новини',
  navDonate: 'Дарете',
  home: {
    find: 'Намерете проект',
    findBy: {
      municipality: 'По община',
      province: 'По област',
      programme: 'По програма или дарител',
    },
    newest: 'Най-новите проекти',
    newestHint: 'Подредени по най-късната дата в данните им: начало, договор или дата на източника.',
    latestNews: 'Последни новини',
    allNews: 'Всички новини',
    allProjects: 'Всички проекти и групите им',
    donateHeading: 'Подкрепете проектите',
    donateText: 'Някои от организациите приемат дарения – еднократни или месечни.',
    donateLink: 'Как да дарите',
    newsletterHeading: 'Бюлетин',
    newsletterText: 'Научавайте първи за нови проекти и резултати.',
    newsletterLink: 'За бюлетина',
  },
  operator: {
    name: 'Организация',
    email: 'Имейл за обратна връзка',
  },
  accessibilityStatement: 'Декларация за достъпност',
  footerNote: 'Сайтът няма бисквитки и не зарежда нищо от други сайтове.',
  footerRunBy: 'Сайтът се поддържа от',
  footerFunding: 'Финансиране на самия сайт',
  footerEuNote: 'Сайтът представя проекти. Финансирането от Европейския съюз, показано на страницата на проект, е на този проект, а не на сайта.',
  placeholderUrl: 'Адресът на сайта още не е окончателен.',
  placeholderOperator: 'Организацията, която поддържа сайта, още не е посочена.',
  /** The banner on every page while a placeholder is live (src/lib/launch.ts). */
  trialBanner: {
    label: 'Пробна версия',
    text: 'Сайтът е пробна версия: данните и банковите сметки в него още не са окончателни.',
  },
  status: {
    planned: 'предстоящ',
    ongoing: 'в изпълнение',
    completed: 'приключил',
    unknown: 'статус: не е посочено',
  } satisfies Record<ProjectStatus, string>,
  /** Status as the name of a group of projects. */
  statusGroup: {
    ongoing: 'В изпълнение',
    planned: 'Предстоящи',
    completed: 'Приключили',
    unknown: 'Статус: не е посочено',
  } satisfies Record<ProjectStatus, string>,
  statusHint: (date: string) => `към ${date}`,
  sourceSection: 'Източник и дати',
  euFunding: {
    eu: 'с европейско финансиране',
    // A different fact from „не е посочено“: the source names a funder that is not the EU.
    'not-eu': 'без европейско финансиране',
    unknown: 'финансиране: не е посочено',
  } satisfies Record<EuFunding, string>,
  project: {
    about: 'За проекта',
    goals: 'Цели',
    mainGoal: 'Главна цел',
    specificGoals: 'Специфични цели',
    activities: 'Дейности',
    targetGroups: 'Целеви групи',
    reach: 'Обхват',
    reachAsOf: (when: string, exactDay: boolean) => (exactDay ? `към ${when}` : `през ${when}`),
    results: 'Резултати',
    achieved: 'Постигнати резултати',
    expected: 'Очаквани резултати',
    expectedNote: 'Това са заложените резултати, не постигнати.',
    funding: 'Финансиране',
    totalCost: 'Обща стойност на проекта',
    grant: 'Безвъзмездна помощ',
    euShare: 'Дял на ЕС',
    nationalShare: 'Национално съфинансиране',
    programme: 'Програма или дарител',
    contractNumber: 'Номер на договора',
    contractDate: 'Договорът е сключен на',
    procedure: 'Процедура',
    priorityAxis: 'Приоритетна ос',
    fundingUnknownNote: 'Това не означава, че проектът е без европейско финансиране.',
    rateNote: 'Сумите в лева са преизчислени в евро по фиксирания курс 1 € = 1,95583 лв.',
    period: 'Период и статус',
    dates: 'Срок',
    duration: 'Продължителност',
    status: 'Статус',
    organizations: 'Организации',
    lead: 'Бенефициент (водеща организация)',
    places: 'Места',
    municipality: (name: string) => (name === 'Столична община' ? name : `община ${name}`),
    province: (name: string) => `област ${name}`,
    contacts: 'Контакти',
    contactsFromLead: 'Данни за контакт с водещата организация:',
    documents: 'Документи',
    links: 'Проектът в публични регистри',
    /** The Bulgarian register of EU-funded projects, by its own name. */
    isun: 'ИСУН 2020',
    /** On a page in another language, when the project's story exists only in Bulgarian. */
    onlyInBulgarian: 'Описанието на този проект е само на български.',
    readInBulgarian: 'Прочетете го на български',
  },
  groupings: {
    heading: 'Проектите по групи',
    all: 'Всички проекти',
    fundingNotStated: 'Програма или дарител: не е посочено',
    titles: {
      status: 'По статус',
      municipality: 'По община',
      province: 'По област',
      programme: 'По програма или дарител',
      organization: 'По организация',
    } satisfies Record<GroupingName, string>,
    groupTitle: {
      status: (label: string) => `Проекти – ${label.toLowerCase()}`,
      municipality: (label: string) => (label === 'Столична община' ? `Проекти в Столична община` : `Проекти в община ${label}`),
      province: (label: string) => `Проекти в област ${label}`,
      programme: (label: string) => `Проекти – ${label}`,
      organization: (label: string) => `Проекти на ${label}`,
    } satisfies Record<GroupingName, (label: string) => string>,
    groupDescription: (title: string, count: string) => `${title}: ${count}.`,
    viewAll: (count: string) => `Вижте всички (${count})`,
  },
  donate: {
    title: 'Дарете',
    description: 'Как да дарите на организациите, които изпълняват проекти за деца и семейства: банков превод, месечно дарение, данни за фирми.',
    intro: 'Тези организации приемат дарения. Сайтът не приема плащания: тук са данните, с които дарявате пряко на организацията.',
    giveTo: (name: string) => `Дарете на ${name}`,
    supports: 'Проекти, в които участва организацията',
    /** After the first few projects on the donation index: the rest are on the organization's page. */
    moreProjects: (n: number) => (n === 1 ? 'и още 1 проект' : `и още ${n} проекта`),
    once: 'Еднократно дарение',
    monthly: 'Месечно дарение',
    monthlyNone: 'Организацията не е посочила начин за месечно дарение. Можете да наредите месечен превод от банката си със същите данни.',
    monthlyLink: 'Как да се включите',
    byTransfer: 'С банков превод',
    byCard: 'С карта',
    cardLink: 'Към страницата за плащане с карта',
    bySms: 'С SMS',
    smsText: (keyword: string) => `Изпратете SMS с текст DMS ${keyword} на номер 17 777.`,
    recipient: 'Получател',
    bank: 'Банка',
    reason: 'Основание за плащане',
    copyIban: 'Копирайте IBAN',
    copyIbanExample: 'Копирайте IBAN (ПРИМЕР – не превеждайте)',
    copyReason: 'Копирайте основанието',
    copied: 'Копирано.',
    copyFailed: 'Не успяхме да копираме; маркирайте текста и го копирайте.',
    example: 'ПРИМЕР – не превеждайте',
    exampleNote: 'Банковите данни по-долу са ПРИМЕР: истинската сметка на организацията още не е въведена в сайта. Не превеждайте пари по нея.',
    qrAlt: (name: string) => `QR код за превод към ${name}`,
    qrCaption: 'Сканирайте с приложението на банката си: получателят, IBAN и основанието се попълват сами, сумата избирате вие.',
    qrExampleCaption: 'ПРИМЕР – не превеждайте. QR кодът съдържа примерния IBAN.',
    impact: 'Какво прави дарението',
    businessHeading: 'Данъчно облекчение',
    /** Legal lines: only from confirmed reference entries, each with the condition it applies under. */
    reliefPeople: 'Хора: годишната данъчна основа се намалява с даренията до 5 % от нея (чл. 22 ЗДДФЛ).',
    reliefCompanies: 'Фирми: даренията се признават за разход до 10 % от положителния счетоводен финансов резултат (чл. 31 ЗКПО).',
    reliefMunicipality: 'Облекчението важи, защото общините (като бюджетни предприятия) са сред получателите, които чл. 22 ЗДДФЛ изброява.',
    reliefPublicBenefit: (name: string) => `Облекченията важат, защото ${name} е регистрирана в обществена полза.`,
    reliefUnknown: (name: string) =>
      `Облекчения по чл. 22 ЗДДФЛ и чл. 31 ЗКПО има само за дарения към получатели, които законите изброяват – сред тях организации с нестопанска цел, регистрирани в обществена полза. Дали ${name} е регистрирана в обществена полза, не е посочено; попитайте организацията.`,
    receives: 'Какво дава организацията на дарителите',
    eik: 'ЕИК',
    publicBenefit: 'В обществена полза',
    reports: 'Годишни отчети',
    yes: 'да',
    no: 'не',
    projectCta: 'Дарения за проекта',
    projectCtaText: (name: string) => `${name} приема дарения за този проект.`,
    projectCtaLink: (name: string) => `Как да дарите на ${name}`,
    organizationTakes: (name: string) => `${name} приема дарения`,
    none: 'Все още никоя организация не е въвела данни за дарения.',
  },
  newsletter: {
    title: 'Бюлетин',
    description: 'Запишете се за бюлетина за нови проекти и резултати.',
    intro: 'Научавайте първи за нови проекти, резултати и новини. Пишем рядко; можете да се отпишете с една връзка във всяко писмо.',
    heading: 'Бюлетин',
    email: 'Имейл',
    name: 'Име',
    optional: '(по желание)',
    consent: 'Съгласен/съгласна съм да получавам бюлетина по имейл. Прочетох',
    privacy: 'политиката за поверителност',
    honeypot: 'Не попълвайте това поле',
    submit: 'Запишете ме',
    stubNote: 'Записването още не е свързано: формата не изпраща и не пази данните ви.',
    summaryHeading: 'Има проблем',
    errors: {
      emailMissing: 'Въведете имейл адреса си',
      emailInvalid: 'Въведете имейл адрес във вида ime@primer.bg',
      consentMissing: 'Отбележете, че сте съгласни да получавате бюлетина',
    },
    stubResult: 'Записването още не е свързано. Не сме изпратили и не сме запазили данните ви.',
    stubContact: (email: string) => `Ако искате да получавате новини, пишете на ${email}.`,
    stubTitle: 'Записването за бюлетина още не е свързано',
    stubText:
      'Организацията, която поддържа сайта, още не е избрала откъде да изпраща бюлетина. Затова формата не изпрати данните ви никъде и не ги запази – нито имейла, нито името.',
    stubBack: 'Обратно към новините',
  },
  search: {
    /** The kind of a search result, as its filter shows it. */
    kind: {
      project: 'проект',
      news: 'новина',
      organization: 'организация',
      programme: 'програма',
      page: 'страница',
      donation: 'дарение',
    } satisfies Record<SearchKind, string>,
    /** A project's programme filter when its funding is not stated. */
    programmeNotStated: 'не е посочена',
    title: 'Търсене',
    description: 'Търсене в проектите, новините, организациите и програмите.',
    label: 'Какво търсите?',
    headerLabel: 'Търсене в сайта',
    submit: 'Търсете',
    sortLabel: 'Подреждане',
    sortRelevance: 'Най-подходящите първо',
    sortNewest: 'Най-новите проекти първо',
    sortAmount: 'Най-голямата сума първо',
    filtersLabel: 'Стесняване на резултатите',
    noScript: 'Търсенето работи с JavaScript, а той е изключен в браузъра ви. Можете да намерите проектите и по групи:',
    client: {
      found: 'Намерени резултати за „{query}“: {count}.',
      more: 'Покажете още резултати',
      none: 'Няма резултати за „{query}“.',
      tipSpelling: 'Проверете правописа или опитайте по-кратка форма, напр. „градина“ вместо „детските градини“.',
      tipCyrillic: 'Ако пишете на латиница, опитайте на кирилица: „хасково“ вместо „haskovo“.',
      tipProjects: 'Разгледайте всички проекти',
      didYouMean: 'Търсихте ли: ',
      alsoCyrillic: 'Показани са и резултатите за „{query}“.',
      clearFilters: 'Няма резултати с избраните филтри. Махнете някой от тях.',
      filtersOn: 'избрани: {count}',
      empty: 'Напишете дума: място, нужда, име на проект или номер на договор.',
      loading: 'Търсене…',
      error: 'Търсенето не успя да се зареди. Опитайте отново или разгледайте проектите по групи.',
      filter_вид: 'Вид',
      filter_програма: 'Програма',
      filter_организация: 'Организация',
      filter_община: 'Община',
      filter_област: 'Област',
      filter_статус: 'Статус',
    },
  },
  publicity: {
    title: 'Информация и публичност',
    description:
      'Проверката на задълженията за информация и публичност на проектите с европейско финансиране: правилата, откъде идват и резултатът за всеки проект.',
    intro:
      'За всеки проект с европейско финансиране: програмата, номерът на договора, сумите и проверката на задълженията за информация и публичност – кое правило откъде идва, какво проверяваме, как, и какъв е резултатът.',
    aboutHeading: 'За тази проверка',
    checkedOn: 'Дата на проверката',
    checkedOnNote: 'датата, на която е построен сайтът; проверката се прави при всяко построяване',
    version: 'Версия на правилата',
    versionText: (n: number, date: string, acts: string) => `${n} от ${date}, по ${acts}`,
    operator: 'Кой поддържа сайта',
    legendHeading: 'Какво значат отметките',
    mark: { pass: '✓', warn: '!', fail: '✗', browser: '◌' } satisfies Record<Outcome, string>,
    outcome: { pass: 'изпълнено', warn: 'внимание', fail: 'не е изпълнено', browser: 'проверява се в браузър' } satisfies Record<Outcome, string>,
    legend: {
      pass: 'проверката намери това, което правилото иска',
      warn: 'липсва нещо, което одиторите търсят; сайтът се публикува и без него',
      fail: 'правилото не е спазено; сайтът не се публикува, докато не се поправи',
      browser: 'правилото е за това, което посетителят вижда на екрана; мери се в браузър от отделен тест, не от тази проверка, затова тук няма отметка',
    } satisfies Record<Outcome, string>,
    rulesHeading: 'Правилата',
    rulesPeriod: (period: string) => `Проекти по програми ${period.replace('-', '–')}`,
    basis: { 'eu-law': 'Право на ЕС', 'national-practice': 'Национална практика, не право на ЕС' } satisfies Record<RuleBasis, string>,
    cites: 'Източник',
    how: 'Как се проверява',
    projectsHeading: 'Проектите',
    obligations: 'Резултат от проверката',
    unknownHeading: 'Проекти, които не могат да се проверят',
    unknownText:
      'източникът на финансиране не е посочен: не знаем дали проектът има задължения за публичност на ЕС, затова не ги проверяваме и не показваме знамето на ЕС',
    unknownIntro:
      'Страниците на тези проекти не посочват източник на финансиране. Затова не знаем дали имат задължения за публичност на ЕС и не показваме знамето на ЕС.',
    notEu: 'без средства от Европейския съюз: няма задължения за публичност на ЕС',
    /** The summary of counts and the paginated lists by programme (the report at any number of projects). */
    byProgrammeHeading: 'Проектите по програми',
    byProgrammeIntro:
      'Броят на проектите с европейско финансиране по програма и най-лошият резултат от проверката за всеки проект. Проектите на всяка програма, с номера на договора, сумите и резултата по всяко правило, са на отделни страници.',
    programmeColumn: 'Програма',
    projectsColumn: 'Проекти',
    worstColumn: { fail: 'С грешка', warn: 'Само с предупреждение', pass: 'Всичко изпълнено' },
    byRuleHeading: 'Резултатът по правила',
    byRuleIntro: 'За всяко правило: при колко проекта е изпълнено, при колко има предупреждение, при колко не е изпълнено и при колко се мери в браузър.',
    ruleColumn: 'Правило',
    noEuProjects: 'Няма проекти с европейско финансиране.',
    unknownCount: (count: string) => `${count} без посочен източник на финансиране`,
    groupTitle: (programme: string) => `Информация и публичност: ${programme}`,
    groupDescription: (programme: string) =>
      `Проверката на задълженията за информация и публичност на проектите по ${programme}: номер на договора, суми и резултат по всяко правило.`,
    browserWhere: 'tests/browser/eu-block.test.ts',
  },
  redirect: {
    title: 'Страницата е преместена',
    text: 'Страницата вече е на нов адрес:',
  },
  notFound: {
    title: 'Страницата не е намерена',
    text: 'Няма страница на този адрес. Може адресът да е сгрешен или страницата да е преместена.',
    home: 'Към началната страница',
    projects: 'Всички проекти и групите им',
    news: 'Новини',
  },
  pagination: {
    label: 'Страници',
    previous: 'Предишна страница',
    next: 'Следваща страница',
    page: (n: number, total: number) => `Страница ${n} от ${total}`,
  },
  news: {
    title: 'Новини',
    description: 'Новини за проектите за деца и семейства: договори, споразумения, резултати.',
    none: 'Няма новини.',
    published: 'Публикувано на',
    undated: (about?: string) => (about ? `Дата на публикуване: не е посочено (новината е за ${about})` : 'Дата на публикуване: не е посочено'),
    aboutProjects: 'Проекти в новината',
    aboutOrganizations: 'Организации в новината',
    related: 'Новини',
    olderOnList: (shown: number, total: number) => `Показани са последните ${shown} от ${total}; всички новини`,
    /** On a page in another language, when the news item's text exists only in Bulgarian. */
    onlyInBulgarian: 'Текстът на тази новина е само на български.',
    readInBulgarian: 'Прочетете я на български',
  },
  /** Images of a project or a news item, and the line under each: who took it, under what licence. */
  images: {
    heading: 'Снимки',
    credit: 'Снимка',
    licence: 'Лиценз',
  },
  /** A page of content/pages on a page in another language, when its text exists only in Bulgarian. */
  contentPage: {
    onlyInBulgarian: 'Тази страница е само на български.',
    readInBulgarian: 'Прочетете я на български',
  },
  /** The summary list under a project's title and the facts on its card. */
  keyFacts: {
    heading: 'Основните факти',
    contents: 'На тази страница',
    label: {
      lead: 'Водеща организация',
      partners: 'Партньори',
      places: 'Места',
      period: 'Период на изпълнение',
      status: 'Статус',
      reach: 'Обхванати деца и семейства',
      totalCost: 'Обща стойност',
      grant: 'Безвъзмездна помощ',
      euShare: 'Средства от ЕС',
      programme: 'Програма или дарител',
      contract: 'Номер на договора',
    },
    status: {
      planned: 'предстоящ',
      ongoing: 'в изпълнение',
      completed: 'приключил',
      unknown: 'не е посочено',
    } satisfies Record<ProjectStatus, string>,
    partner: 'Партньор',
    notEu: 'няма: посоченият източник не е от Европейския съюз',
    notEuProgramme: 'средства извън Европейския съюз',
    /** „община Хасково, област Хасково“; „общини Пловдив, Марица …, област Пловдив“. */
    places: (municipalities: string[], provinces: string[]) => {
      const where =
        municipalities.length === 1
          ? municipalities[0] === 'Столична община'
            ? municipalities[0]
            : `община ${municipalities[0]}`
          : `общини ${municipalities.join(', ')}`;
      return provinces.length ? `${where}; ${provinces.length === 1 ? 'област' : 'области'} ${provinces.join(', ')}` : where;
    },
    /** On a card: a short place, „8 общини в област Пловдив“ when there are many. */
    cardPlaces: (municipalities: string[], provinces: string[]) =>
      municipalities.length > 2 && provinces.length === 1
        ? `${municipalities.length} общини в област ${provinces[0]}`
        : municipalities.map((m) => (m === 'Столична община' ? m : `община ${m}`)).join(', '),
    reachWhen: (date?: string, year?: number) => (date ? `към ${date}` : `през ${year} г.`),
    /** Who else states a key fact, and what (src/lib/fact-sources.ts builds the sentence). */
    factSources: {
      who: (kind: 'main' | OtherSourceKind, name?: string) =>
        kind === 'register' ? `регистърът ${name}` : kind === 'news' ? `новина на ${name}` : name ? `страницата на ${name}` : 'страницата-източник',
      when: (kind: OtherSourceDateKind, date: string) =>
        ({ published: `публикувана на ${date}`, changed: `последна промяна ${date}`, shown: `с дата ${date}`, read: `данни към ${date}` })[kind],
      fact: {
        totalCost: 'обща стойност',
        status: 'статус',
        contractNumber: 'договор',
        programme: 'програма',
        contractDate: 'дата на договора',
        months: 'продължителност',
        start: 'начало',
        end: 'край',
      } satisfies Record<SourcedFact, string>,
      value: (fact: SourcedFact, value: FactValue) =>
        typeof value === 'object'
          ? formatMoney(value, 'bg')
          : typeof value === 'number'
            ? months(value)
            : fact === 'contractDate' || fact === 'start' || fact === 'end'
              ? formatDateBg(value)
              : fact === 'status'
                ? `„${value}“`
                : value,
      differ: 'Източниците се различават: ',
      states: (who: string, fact: string, value: string) => `${who} посочва ${fact} ${value}`,
      same: 'същото',
      date: formatDateBg,
      /** The link on a contract number. */
      registerLink: 'Търсене в регистъра ИСУН 2020 (външен сайт)',
    },
    card: {
      place: 'Място',
      period: 'Срок',
      status: 'Статус',
      totalCost: 'Обща стойност',
      grant: 'Безвъзмездна помощ',
    },
  },
  /** EU funds by their code in the programme files. */
  funds: FUNDS,
  eu: {
    /** The words beside the emblem (src/lib/eu-funding.ts chooses the lines). */
    caption: {
      eu: 'Европейски съюз',
      coFunded: 'Съфинансирано от Европейския съюз',
      ...FUNDS,
    } satisfies Record<EmblemLine, string>,
    /** A non-EU funder's credit when its programme gives no funding statement. */
    supportedBy: (funder: string) => `С подкрепата на ${funder}.`,
    heading: 'Финансиране от Европейския съюз',
    emblemAlt: 'Знамето на ЕС – Европейски съюз',
    funderCredit: 'Подкрепа за проекта',
    disclaimer: 'Отказ от отговорност',
    contract: 'Договор',
    contractNo: (numbers: string) => `Договор №\u00a0${numbers}`,
  },
  /** The A3 poster of an EU-funded project (/proekti/<файл>/plakat/): Bulgarian only, for the organization to print. */
  poster: {
    /** The link on the project page, in its funding section. */
    link: 'Плакат A3 за отпечатване',
    linkNote: 'за организацията: изискване за публичност на ЕС',
    title: (project: string) => `Плакат A3: ${project}`,
    description: 'Плакат във формат A3 за проект с европейско финансиране, за отпечатване и поставяне на видно място.',
    crumb: 'Плакат A3',
    heading: 'Плакат A3 за отпечатване',
    intro:
      'Плакатът показва знамето на ЕС, програмата, името и главната цел на проекта, подкрепата от ЕС и бенефициента. Всичко е взето от страницата на проекта.',
    howToPrint:
      'Отпечатайте от браузъра (Ctrl+P) на лист A3, портретно, в мащаб 100 %, и поставете плаката на видно за обществото място, например на входа на сградата.',
    /** The rule that asks for the poster, per programme period. */
    rule: {
      '2014-2020': 'Изискване: точка 2.2, подточка 2, буква б) от приложение XII към Регламент (ЕС) №\u00a01303/2013.',
      '2021-2027': 'Изискване: член 50, параграф 1, буква г) от Регламент (ЕС) 2021/1060.',
    } satisfies Record<EuPeriod, string>,
    noAmount:
      'Размерът на финансирането не е посочен във файла на проекта, затова плакатът не показва сума. Добавете го в източника на финансиране („Безвъзмездна помощ“ или „Дял на ЕС“; в YAML: funding → grant или euShare), за да се появи.',
    placeholderUrl: 'Адресът на сайта в content/site.yaml още е пример: QR кодът и адресът на плаката водят към него.',
    back: 'Към страницата на проекта',
    /** The poster itself, as a landmark. */
    sheet: 'Плакатът',
    more: 'Повече за проекта:',
    beneficiary: 'Бенефициент',
    programme: 'Програма',
    noGoal: 'Главната цел на проекта не е посочена във файла му, затова плакатът не я показва. Добавете я (поле „Цел“, в YAML: goal).',
    qrAlt: 'QR код към страницата на проекта',
  },
  breadcrumbs: {
    label: 'Навигационна пътека',
    home: 'Начало',
  },
  organization: {
    indexTitle: 'Организации',
    indexDescription: 'Организациите в сайта: бенефициенти и партньори по проектите за деца и семейства.',
    projects: 'Проекти на организацията',
    address: 'Адрес',
    phone: 'Телефон',
    email: 'Имейл',
    website: 'Уебсайт',
    role: (role: string) => role,
  },
  programme: {
    indexTitle: 'Програми и дарители',
    indexDescription: 'Програмите на ЕС и частните дарители, които финансират проектите за деца и семейства в сайта.',
    projects: 'Проекти по програмата',
    period: 'Програмен период',
    fund: 'Фонд',
    managingAuthority: 'Управляващ орган',
    cci: 'CCI код',
    /** For a funder outside the EU, instead of a programme period. */
    origin: 'Произход на средствата',
    notEu: 'извън Европейския съюз',
    /** After a non-EU funder's name in a project's funding. */
    notEuNote: 'средства извън Европейския съюз',
  },
  openData: {
    title: 'Отворени данни',
    description:
      'Всички проекти в сайта като JSON и CSV файлове за повторна употреба: полетата на списъка на операциите по ЕС регламентите, сумите в евро и в оригиналната валута, източниците и датите.',
    intro:
      'Фактите за всеки проект тук са достъпни и като файлове за журналисти, одитори и всеки, който иска да ги обработва. Файловете се създават при всяко публикуване на сайта от същите данни като страниците, така че двете не могат да се разминат. Неизвестното е празна клетка (в JSON – null), никога нула или предположение.',
    filesHeading: 'Файлове',
    size: 'Размер',
    date: 'Дата',
    files: {
      'proekti.json': 'Всички проекти с всичките им полета (JSON)',
      'proekti.csv': 'Един ред за всеки проект (CSV, UTF-8 с BOM, запетая за разделител)',
      'finansirane.csv': 'Един ред за всеки източник на финансиране (CSV)',
      'schema.json': 'Описанието на полетата (JSON Schema 2020-12), на български и английски',
    } as Record<string, string>,
    perProject: 'Всеки проект има и свой JSON файл до страницата си:',
    perProjectPage: (page: string) => `Файловете на проектите, ${page.toLowerCase()}`,
    perGroup: 'Всяка страница с групирани проекти (по област, община, програма, организация, статус) дава CSV само с нейните проекти.',
    csvNote:
      'Сумите в CSV са с точка за десетичен знак; колоните с окончание Eur са в евро, а Amount и Currency дават сумата, както я пише източникът. Няколко стойности в една клетка са разделени с „; “. В LibreOffice изберете „Unicode (UTF-8)“ за знаков набор при отваряне, за да се чете кирилицата.',
    licenceHeading: 'Лиценз и цитиране',
    licenceNotSet: 'Лицензът на данните още не е определен от организацията, която поддържа сайта. Докато не е, питайте я преди повторна употреба.',
    licence: 'Лиценз:',
    citation: 'Как да цитирате:',
    citationDefault: (site: string, url: string, date: string) => `${site}, отворени данни за социални проекти, ${url}, към ${date}`,
    mappingHeading: 'Полетата и съответствията им',
    mappingIntro:
      'Кое поле на кое поле от списъка на операциите (чл. 49, ал. 3 от Регламент (ЕС) 2021/1060 и приложение XII, т. 1 от Регламент (ЕС) 1303/2013) и от стандарта 360Giving отговаря. „Изведено“ значи, че сайтът го изчислява, а не го преписва от източника.',
    field: 'Поле',
    meaning: 'Значение',
    euField: 'Списък на операциите',
    givingField: '360Giving',
    derived: 'изведено',
    nutsNote: 'NUTS 3 кодовете (версия NUTS 2021) са попълнени само за областите, сверени с източник; за останалите полето е празно.',
    groupCsv: 'Изтеглете тези проекти като CSV',
    bytes: (n: number) => (n < 1024 ? `${n} байта` : `${(n / 1024).toFixed(1).replace('.', ',')} KB`),
  },
  feeds: {
    newsTitle: (site: string) => `${site} – новини`,
    projectsTitle: (site: string) => `${site} – промени в проектите`,
    newsLink: 'Новини (Atom)',
    projectsLink: 'Промени в проектите (Atom)',
  },
  reportError: {
    link: 'Съобщете за грешка',
    hint: 'отваря писмо до поддържащите сайта с адреса на тази страница',
    /** The e-mail the link opens (src/lib/report-error.ts). */
    mail: {
      subject: (title: string) => `Грешка на страница „${title}“`,
      page: 'Страница',
      address: 'Адрес',
      contract: 'Номер на договора',
      ask: 'Кой факт не е верен, какъв е верният и откъде го знаете:',
    },
  },
  /** The build-time charts and the map; each has its numbers in text too (a caption and a table). */
  charts: {
    figureLabel: 'Диаграма',
    tableNote: 'Същите числа в таблица:',
    reachTotal: (unit: string) => `Общо ${unit}`,
    reachAsOf: (when: string, exactDay: boolean) => (exactDay ? `Към ${when}` : `През ${when}`),
    reachCaption: (total: number, unit: string, when: string) => `${total} ${unit} ${when}, по дейности.`,
    reachAddsUp: (total: number, parts: number[]) => `${total} = ${parts.join(' + ')}.`,
    reachDoesNotAddUp: 'Сборът по дейности не е равен на общия брой, както е в източника.',
    achievedLegend: 'Плътните ленти са постигнати (отчетени) числа.',
    part: 'Дейност',
    count: 'Брой',
    when: 'Към кога',
    expectedMarker: 'очакван',
    achievedMarker: 'постигнат',
    moneyCaption: 'Сумите в евро, в мащаб: най-дългата лента е най-голямата посочена сума. Сума, която не е посочена, е без лента.',
    moneyRow: {
      totalCost: 'Обща стойност на проекта',
      grant: 'Безвъзмездна помощ',
      euShare: 'Дял на ЕС',
      nationalShare: 'Национално съфинансиране',
    },
    ofProgramme: (label: string, programme: string) => `${label} – ${programme}`,
    amount: 'Сума',
    item: 'Какво',
    timelineCaptionDates: 'Срокът на проекта върху календара; плътно е първоначалният срок.',
    timelineCaptionMonths: 'Срокът на проекта в месеци от началото му; плътно е първоначалният срок.',
    timelineExtended: 'На черти е удължаването.',
    timelineOpenEnd: 'Краят не е посочен, затова лентата остава отворена с пунктир.',
    timelineBuild: 'Чертата с ромб е датата, към която е построена страницата.',
    timelineBuildBeyond: 'Ромбът вдясно е датата, към която е построена страницата; оста до нея е съкратена.',
    timelineNoStart: 'Началото не е посочено, затова датите и датата на страницата не са на линията.',
    planned: 'Първоначален срок',
    extension: 'Удължаване',
    openEnd: 'краят не е посочен',
    start: 'Начало',
    startWord: 'начало',
    plannedEnd: 'Край по първоначалния срок',
    extendedEnd: (n: number) => (n === 1 ? 'Край след удължаването' : `Край след удължаване ${n}`),
    buildDate: 'Страницата е построена на',
    monthsFromStart: 'месеца от началото',
    months: (n: number) => `${n} ${n === 1 ? 'месец' : 'месеца'}`,
    afterMonths: (n: number) => `след ${n} ${n === 1 ? 'месец' : 'месеца'} от началото`,
    mapHeading: 'Проектите по области',
    mapCaption: 'Картата е само за окото; същото е в списъка под нея, с връзки.',
    mapLegendNone: 'без проект',
    mapLegend: (min: number, max: number) => (min === max ? (min === 1 ? '1 проект' : `${min} проекта`) : `от ${min} до ${max} проекта`),
    mapProjectCaption: 'Областите на проекта са оцветени на картата; същите са в списъка по-горе.',
    mapCredit: 'Границите на областите са от Natural Earth (обществено достояние).',
  },
};
