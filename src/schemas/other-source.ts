/**
 * A further source of a project's key facts (the official register, the organization's own
 * page, a news item), each with the values it states and as of when. The rule in
 * src/lib/fact-sources.ts picks the value shown first; every disagreement is shown.
 */
import type { z } from 'astro/zod';
import { OTHER_SOURCE_DATE_KINDS, OTHER_SOURCE_KINDS } from './enums.ts';
import { choice, count, group, id, isoDate, money, text, url } from './fields.ts';

export const otherSourceSchema = group({
  /** What kind of source: register (ИСУН 2020), organization (its own page), news (a news item). */
  kind: choice(OTHER_SOURCE_KINDS).meta({
    title: 'Вид на източника',
    description: 'register – официалният регистър (ИСУН 2020); organization – страница на организацията; news – новина',
  }),
  /** The register's or the publisher's name, e.g. ИСУН 2020 or Фондация „За Нашите Деца“. */
  name: text().meta({
    title: 'Име на източника',
    description: 'Името на регистъра или на издателя, напр. ИСУН 2020 или Фондация „За Нашите Деца“',
  }),
  /** The page's address, when known. */
  url: url().optional().meta({
    title: 'Адрес',
    description: 'Пълният адрес на страницата, започващ с https://; оставете празно, ако не е известен',
  }),
  /** The date the source states, or the day its data were read (ГГГГ-ММ-ДД). */
  date: isoDate().meta({
    title: 'Дата',
    description: 'Датата, която източникът посочва, или денят, в който данните са прочетени, ГГГГ-ММ-ДД, напр. 2026-06-22',
  }),
  /** What that date is. */
  dateKind: choice(OTHER_SOURCE_DATE_KINDS).meta({
    title: 'Каква е датата',
    description:
      'published – „публикувано на“; changed – „последна промяна“; shown – дата без обяснение; read – денят, в който данните са прочетени (за регистър)',
  }),
  /** The total cost this source states. */
  totalCost: money().optional().meta({
    title: 'Обща стойност',
    description: 'Общата стойност на проекта според този източник; оставете празно, ако не я посочва',
  }),
  /** The grant (БФП) this source states. */
  grant: money().optional().meta({
    title: 'Безвъзмездна помощ',
    description: 'Безвъзмездната финансова помощ (БФП) според този източник; оставете празно, ако не я посочва',
  }),
  /** The beneficiary's own co-financing this source states. */
  ownContribution: money().optional().meta({
    title: 'Собствено съфинансиране',
    description: 'Собственото съфинансиране от бенефициента според този източник; оставете празно, ако не го посочва',
  }),
  /** The sums actually paid, per this source. */
  paid: money().optional().meta({
    title: 'Реално изплатени суми',
    description: 'Реално изплатените суми според този източник (регистъра), към датата му; оставете празно, ако не ги посочва',
  }),
  /** The status as the source words it, e.g. Приключен (към датата на приключване). */
  status: text().optional().meta({
    title: 'Статус',
    description: 'Статусът с думите на източника, напр. Приключен (към датата на приключване); оставете празно, ако не го посочва',
  }),
  /** The contract number this source gives. */
  contractNumber: text().optional().meta({
    title: 'Номер на договора',
    description: 'Номерът на договора според този източник, напр. BG05SFPR002-2.003-0107; оставете празно, ако не го посочва',
  }),
  /** The programme this source names: a file name in content/programmes. */
  programme: id('programmes').optional().meta({
    title: 'Програма',
    description: 'Програмата според този източник: изберете от content/programmes, напр. prchr-2021-2027; оставете празно, ако не я посочва',
  }),
  /** The day the contract was signed, per this source (ГГГГ-ММ-ДД). */
  contractDate: isoDate().optional().meta({
    title: 'Дата на договора',
    description: 'Денят на подписване на договора според този източник, ГГГГ-ММ-ДД, напр. 2019-06-26',
  }),
  /** The duration in months this source gives. */
  months: count().optional().meta({
    title: 'Продължителност (месеци)',
    description: 'Продължителността в месеци според този източник, напр. 24; оставете празно, ако не я посочва',
  }),
  /** First day, per this source (ГГГГ-ММ-ДД). */
  start: isoDate().optional().meta({
    title: 'Начало',
    description: 'Първият ден на проекта според този източник, ГГГГ-ММ-ДД; оставете празно, ако не го посочва',
  }),
  /** Last day, per this source (ГГГГ-ММ-ДД). */
  end: isoDate().optional().meta({
    title: 'Край',
    description: 'Последният ден на проекта според този източник, ГГГГ-ММ-ДД; оставете празно, ако не го посочва',
  }),
  /** How the source was matched or read; shown beside its values. */
  note: text().optional().meta({
    title: 'Бележка',
    description: 'Как е свързан източникът с проекта или как е прочетен, напр. „Съвпадението е по заглавие и община.“; показва се на сайта',
    multiline: true,
  }),
});

export type OtherSourceData = z.output<typeof otherSourceSchema>;
