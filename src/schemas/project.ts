/**
 * A project: the front matter of one MDX file in content/projects. Only identity is
 * required; every other fact is optional because sources often do not state it.
 */
import { z } from 'astro/zod';
import { resolveProvince } from '../lib/geography.ts';
import { compareIsoDates, isValidIsoDate } from '../lib/dates.ts';
import { count, email, group, id, isoDate, list, money, text, url } from './fields.ts';

/** One source of money: an EU programme or a private funder, with its contract. */
export const fundingSourceSchema = group({
  /** The programme or funder: a file name in content/programmes, e.g. oprchr-2014-2020. */
  programme: id(),
  /** Contract (project) number, e.g. BG05M9OP001-2.004-0049. */
  contractNumber: text().optional(),
  /** Procedure code within the programme, e.g. BG05M9OP001-2.004. */
  procedureCode: text().optional(),
  /** Procedure name, e.g. Услуги за ранно детско развитие. */
  procedureName: text().optional(),
  /** Priority axis as the source names it. */
  priorityAxis: text().optional(),
  /** The day the contract was signed (ГГГГ-ММ-ДД). */
  contractDate: isoDate().optional(),
  /** The grant or financing from this source („финансиране в размер на“); not the total cost. */
  grant: money().optional(),
  /** The EU share of the grant, when the source states it. */
  euShare: money().optional(),
  /** The national co-financing share, when the source states it. */
  nationalShare: money().optional(),
});

/** The period: dates where known, or only a duration; extensions in order. */
export const periodSchema = group({
  /** First day (ГГГГ-ММ-ДД). */
  start: isoDate().optional(),
  /** Last day as first planned (ГГГГ-ММ-ДД). */
  end: isoDate().optional(),
  /** The original duration in months, when the source gives one. */
  months: count().optional(),
  /** Extensions in order, each with the new total duration in months and/or the new end date. */
  extensions: list(
    group({
      /** The new total duration in months. */
      months: count().optional(),
      /** The new last day (ГГГГ-ММ-ДД). */
      end: isoDate().optional(),
    }).refine((e) => e.months !== undefined || e.end !== undefined, {
      error: 'удължаването няма нито months, нито end; напишете поне едно от двете',
    }),
  ).default([]),
}).superRefine((period, ctx) => {
  // Only two valid dates can be compared; an invalid one has its own message already.
  if (period.start && period.end && isValidIsoDate(period.start) && isValidIsoDate(period.end) && compareIsoDates(period.end, period.start) < 0) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: `краят „${period.end}“ е преди началото „${period.start}“; проверете датите` });
  }
  let previous = period.months;
  period.extensions.forEach((extension, index) => {
    if (Number.isInteger(extension.months) && Number.isInteger(previous) && extension.months! <= previous!) {
      ctx.addIssue({
        code: 'custom',
        path: ['extensions', index, 'months'],
        message: `„${extension.months}“ не е повече от предишните ${previous} месеца; пишете новата обща продължителност`,
      });
    }
    previous = extension.months ?? previous;
  });
});

/** A municipality with its settlements; the province comes from the known list when omitted. */
export const placeSchema = group({
  /** Municipality without the word „община“, e.g. Хасково; Sofia is „Столична община“. */
  municipality: text(),
  /** Province (област); may be omitted for municipalities the site already knows. */
  province: text().optional(),
  /** Towns and villages, e.g. „гр. Крън“, „с. Ръжена“. */
  settlements: list(text()).default([]),
}).transform((place, ctx) => {
  const resolved = resolveProvince(place);
  if ('error' in resolved) {
    ctx.addIssue({ code: 'custom', path: ['province'], message: resolved.error, input: place.province });
    return z.NEVER;
  }
  return { ...place, province: resolved.province };
});

export const projectSchema = group({
  /** Title as the project names itself, without quotes or contract number. */
  title: text(),
  /** One or two plain sentences: shown in lists, in the meta description and in open data. */
  summary: text(),
  /** The lead organization (beneficiary): a file name in content/organizations. */
  lead: id(),
  /** Other organizations and their role, e.g. партньор. */
  partners: list(
    group({
      /** A file name in content/organizations. */
      organization: id(),
      /** The role in the project as the source names it. */
      role: text().default('партньор'),
    }),
  ).default([]),
  /** The day the facts on this page were last checked or changed (ГГГГ-ММ-ДД); auditors look for it. */
  updated: isoDate().optional(),
  /** The main goal. */
  goal: text().optional(),
  /** Specific goals, when the project lists them. */
  specificGoals: list(text()).default([]),
  /** Activities in the project's own order. */
  activities: list(
    group({
      /** A short title. */
      title: text(),
      /** Optional details. */
      text: text().optional(),
    }),
  ).default([]),
  /** Who the project serves. */
  targetGroups: list(text()).default([]),
  /** How many people the project reached, and when. */
  reach: list(
    group({
      /** The year the figure refers to. */
      year: count().optional(),
      /** Or the exact day it refers to (ГГГГ-ММ-ДД). */
      date: isoDate().optional(),
      /** The total. */
      total: count(),
      /** Who is counted, e.g. деца и техните семейства. */
      unit: text(),
      /** The total split by activity or service. */
      breakdown: list(
        group({
          /** What part of the project. */
          label: text(),
          /** How many. */
          count: count(),
        }),
      ).default([]),
    }).refine((r) => r.year !== undefined || r.date !== undefined, {
      error: 'не е казано към кога е броят; добавете year: 2018 или date: 2018-12-31',
    }),
  ).default([]),
  /** Results: achieved ones (dated) and expected ones are kept apart. */
  results: group({
    /** Results reached, each with the day or year it was reported. */
    achieved: list(
      group({
        /** What was achieved. */
        text: text(),
        /** Reported on (ГГГГ-ММ-ДД). */
        date: isoDate().optional(),
        /** Or the year it refers to. */
        year: count().optional(),
      }),
    ).default([]),
    /** Results the project expects; never shown as achieved. */
    expected: list(text()).default([]),
  }).default({ achieved: [], expected: [] }),
  /** The total cost of the project („общ бюджет“, „стойност на проекта“); not the grant. */
  totalCost: money().optional(),
  /** Where the money comes from. Leave out when the source does not say: that is „не е посочено“, not „no EU funding“. */
  funding: list(fundingSourceSchema).min(1, { error: 'е празен списък; изтрийте реда, ако финансирането не е известно' }).optional(),
  /** Dates, duration and extensions. */
  period: periodSchema.optional(),
  /** Municipalities and settlements where the project works. */
  places: list(placeSchema).default([]),
  /** People or offices to contact about the project; the lead organization's details are shown otherwise. */
  contacts: list(
    group({
      /** A person or an office. */
      name: text().optional(),
      /** Their role. */
      role: text().optional(),
      /** Postal address. */
      address: text().optional(),
      /** Phone as written by the source. */
      phone: text().optional(),
      /** E-mail address. */
      email: email().optional(),
    }),
  ).default([]),
  /** Public documents: reports, contracts, announcements. */
  documents: list(
    group({
      /** Document title. */
      title: text(),
      /** A full web address or a path under public/, e.g. /documents/report-2019.pdf. */
      file: z.union([url(), z.string().regex(/^\/[\w\-./]+$/)], {
        error: 'не е уеб адрес или път под public/; напр. /documents/report-2019.pdf',
      }),
      /** Document date (ГГГГ-ММ-ДД). */
      date: isoDate().optional(),
    }),
  ).default([]),
  /** Public records of the project elsewhere. */
  links: group({
    /** The project in ISUN 2020 (2020.eufunds.bg). */
    isun: url().optional(),
    /** The project in Kohesio. */
    kohesio: url().optional(),
    /** The page the facts were taken from. */
    source: url().optional(),
  }).default({}),
  /** Status of the project: never written by hand, derived from the period at the build date. */
  status: z.never({ error: 'не се пише на ръка: статусът се изчислява от period към датата на публикуване; изтрийте реда' }).optional(),
});

export type ProjectData = z.output<typeof projectSchema>;
export type FundingSourceData = z.output<typeof fundingSourceSchema>;
export type PlaceData = z.output<typeof placeSchema>;
