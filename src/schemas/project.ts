/**
 * A project: the front matter of one MDX file in content/projects. Only identity is
 * required; every other fact is optional because sources often do not state it.
 */
import { z } from 'astro/zod';
import { resolveProvince } from '../lib/geography.ts';
import { compareIsoDates, isValidIsoDate } from '../lib/dates.ts';
import { contactFields, count, editorNote, group, id, isoDate, list, money, text, url } from './fields.ts';
import { sourceSchema } from './source.ts';
import { otherSourceSchema } from './other-source.ts';
import { englishField, projectEnglishSchema } from './english.ts';
import { imagesField } from './image.ts';

/** One source of money: an EU programme or a private funder, with its contract. */
export const fundingSourceSchema = group({
  /** The programme or funder: a file name in content/programmes, e.g. oprchr-2014-2020. */
  programme: id('programmes').meta({
    title: 'Програма',
    description: 'Програмата или дарителят, който дава парите: изберете от content/programmes, напр. oprchr-2014-2020',
  }),
  /** Contract (project) number, e.g. BG05M9OP001-2.004-0049. */
  contractNumber: text().optional().meta({
    title: 'Номер на договора',
    description: 'Номерът на договора (проекта), напр. BG05M9OP001-2.004-0049; оставете празно, ако източникът не го посочва',
  }),
  /** Procedure code within the programme, e.g. BG05M9OP001-2.004. */
  procedureCode: text().optional().meta({
    title: 'Код на процедурата',
    description: 'Кодът на процедурата в програмата, напр. BG05M9OP001-2.004; оставете празно, ако източникът не го посочва',
  }),
  /** Procedure name, e.g. Услуги за ранно детско развитие. */
  procedureName: text().optional().meta({
    title: 'Име на процедурата',
    description: 'Името на процедурата, напр. Услуги за ранно детско развитие; оставете празно, ако източникът не го посочва',
  }),
  /** Priority axis as the source names it. */
  priorityAxis: text().optional().meta({
    title: 'Приоритетна ос',
    description: 'Приоритетната ос, както я назовава източникът; оставете празно, ако не е посочена',
  }),
  /** The day the contract was signed (ГГГГ-ММ-ДД). */
  contractDate: isoDate().optional().meta({
    title: 'Дата на договора',
    description: 'Денят на подписване на договора, ГГГГ-ММ-ДД, напр. 2017-03-15; оставете празно, ако източникът не го посочва',
  }),
  /** The grant or financing from this source („финансиране в размер на“); not the total cost. */
  grant: money().optional().meta({
    title: 'Безвъзмездна помощ',
    description: 'Финансирането от този източник („финансиране в размер на“), не общата стойност на проекта; оставете празно, ако не е посочено',
  }),
  /** The EU share of the grant, when the source states it. */
  euShare: money().optional().meta({
    title: 'Дял на ЕС',
    description: 'Частта от помощта, която идва от Европейския съюз; оставете празно, ако източникът не я посочва',
  }),
  /** The national co-financing share, when the source states it. */
  nationalShare: money().optional().meta({
    title: 'Национално съфинансиране',
    description: 'Частта от помощта, която идва от държавния бюджет; оставете празно, ако източникът не я посочва',
  }),
});

/** The period: dates where known, or only a duration; extensions in order. */
export const periodSchema = group({
  /** First day (ГГГГ-ММ-ДД). */
  start: isoDate().optional().meta({
    title: 'Начало',
    description: 'Първият ден на проекта, ГГГГ-ММ-ДД, напр. 2017-03-15; оставете празно, ако източникът не го посочва',
  }),
  /** Last day as first planned (ГГГГ-ММ-ДД). */
  end: isoDate().optional().meta({
    title: 'Край',
    description: 'Последният ден по първоначалния план, ГГГГ-ММ-ДД, напр. 2019-12-31; удълженията се пишат отделно',
  }),
  /** The original duration in months, when the source gives one. */
  months: count().optional().meta({
    title: 'Продължителност (месеци)',
    description: 'Първоначалната продължителност в месеци, напр. 24; оставете празно, ако източникът не я посочва',
  }),
  /** Extensions in order, each with the new total duration in months and/or the new end date. */
  extensions: list(
    group({
      /** The new total duration in months. */
      months: count().optional().meta({
        title: 'Нова продължителност (месеци)',
        description: 'Новата обща продължителност в месеци след удължаването, напр. 36',
      }),
      /** The new last day (ГГГГ-ММ-ДД). */
      end: isoDate().optional().meta({
        title: 'Нов край',
        description: 'Новият последен ден след удължаването, ГГГГ-ММ-ДД, напр. 2020-12-31',
      }),
    }).refine((e) => e.months !== undefined || e.end !== undefined, {
      error: 'удължаването няма нито months, нито end; напишете поне едно от двете',
    }),
  )
    .default([])
    .meta({
      title: 'Удължения',
      description: 'Всяко удължаване по ред, с новата продължителност и/или новия край; оставете празно, ако няма',
    }),
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
  municipality: text().meta({
    title: 'Община',
    description: 'Общината без думата „община“, напр. Хасково; за София пишете „Столична община“',
  }),
  /** Province (област); may be omitted for municipalities the site already knows. */
  province: text().optional().meta({
    title: 'Област',
    description: 'Областта, напр. Хасково; може да остане празно за общини, които сайтът вече познава',
  }),
  /** Towns and villages, e.g. „гр. Крън“, „с. Ръжена“. */
  settlements: list(text()).default([]).meta({
    title: 'Населени места',
    description: 'Градовете и селата, всяко отделно, напр. „гр. Крън“, „с. Ръжена“; оставете празно, ако не са посочени',
  }),
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
  title: text().meta({
    title: 'Заглавие',
    description: 'Името на проекта, както той сам се нарича, без кавички и без номер на договор, напр. Шанс за нашите деца',
  }),
  /** One or two plain sentences: shown in lists, in the meta description and in open data. */
  summary: text().meta({
    title: 'Резюме',
    description: 'Едно-две прости изречения: какво прави проектът и за кого; показва се в списъците и в търсачките',
    multiline: true,
  }),
  /** The lead organization (beneficiary): a file name in content/organizations. */
  lead: id('organizations').meta({
    title: 'Водеща организация',
    description: 'Организацията, която изпълнява проекта (бенефициент): изберете от content/organizations, напр. obshtina-haskovo',
  }),
  /** Other organizations and their role, e.g. партньор. */
  partners: list(
    group({
      /** A file name in content/organizations. */
      organization: id('organizations').meta({
        title: 'Организация',
        description: 'Партньорската организация: изберете от content/organizations, напр. obshtina-kazanlak',
      }),
      /** The role in the project as the source names it. */
      role: text().default('партньор').meta({
        title: 'Роля',
        description: 'Ролята в проекта, както я назовава източникът, напр. партньор; без нея се пише „партньор“',
      }),
    }),
  )
    .default([])
    .meta({
      title: 'Партньори',
      description: 'Другите организации в проекта и ролята на всяка; оставете празно, ако няма',
    }),
  /** The day an editor last checked these facts against the source (ГГГГ-ММ-ДД); not the source's own date. */
  checked: isoDate().optional().meta({
    title: 'Фактите проверени на',
    description: 'Денят, в който редактор за последно е сверил фактите с източника, ГГГГ-ММ-ДД, напр. 2024-05-20; не е датата на източника',
  }),
  /** Where the facts come from: the publisher, the page, its address and its own date. */
  source: sourceSchema.optional().meta({
    title: 'Източник',
    description: 'Страницата, от която са взети фактите: издател, заглавие, адрес и датата, която тя показва; показва се на сайта',
  }),
  /** The main goal. */
  goal: text().optional().meta({
    title: 'Цел',
    description: 'Основната цел на проекта с думите на източника; оставете празно, ако не е посочена',
    multiline: true,
  }),
  /** Specific goals, when the project lists them. */
  specificGoals: list(text()).default([]).meta({
    title: 'Специфични цели',
    description: 'Всяка специфична цел отделно, ако проектът ги изброява; иначе оставете празно',
  }),
  /** Activities in the project's own order. */
  activities: list(
    group({
      /** A short title. */
      title: text().meta({
        title: 'Дейност',
        description: 'Кратко име на дейността, напр. Работа на терен в общността',
      }),
      /** Optional details. */
      text: text().optional().meta({
        title: 'Описание',
        description: 'Подробности за дейността: къде, как, с кого; оставете празно, ако източникът не дава',
        multiline: true,
      }),
    }),
  )
    .default([])
    .meta({
      title: 'Дейности',
      description: 'Дейностите по реда, в който проектът ги изброява',
    }),
  /** Who the project serves. */
  targetGroups: list(text()).default([]).meta({
    title: 'Целеви групи',
    description: 'За кого е проектът, всяка група отделно, напр. деца от 0 до 7 години и техните семейства',
  }),
  /** How many people the project reached, and when. */
  reach: list(
    group({
      /** The year the figure refers to. */
      year: count().optional().meta({
        title: 'Година',
        description: 'Годината, за която е броят, напр. 2018; или попълнете „Към дата“',
      }),
      /** Or the exact day it refers to (ГГГГ-ММ-ДД). */
      date: isoDate().optional().meta({
        title: 'Към дата',
        description: 'Точният ден, към който е броят, ГГГГ-ММ-ДД, напр. 2018-12-31; или попълнете „Година“',
      }),
      /** The total. */
      total: count().meta({
        title: 'Общо',
        description: 'Общият брой хора, само цифри, напр. 443',
      }),
      /** Who is counted, e.g. деца и техните семейства. */
      unit: text().meta({
        title: 'Кого броим',
        description: 'Кои хора са преброени, напр. деца и техните семейства',
      }),
      /** The total split by activity or service. */
      breakdown: list(
        group({
          /** What part of the project. */
          label: text().meta({
            title: 'Част от проекта',
            description: 'Дейността или услугата, напр. Ранна интервенция',
          }),
          /** How many. */
          count: count().meta({
            title: 'Брой',
            description: 'Колко души, само цифри, напр. 120',
          }),
        }),
      )
        .default([])
        .meta({
          title: 'Разбивка',
          description: 'Общият брой, разделен по дейности или услуги; оставете празно, ако източникът не го разделя',
        }),
    }).refine((r) => r.year !== undefined || r.date !== undefined, {
      error: 'не е казано към кога е броят; добавете year: 2018 или date: 2018-12-31',
    }),
  )
    .default([])
    .meta({
      title: 'Обхват',
      description: 'Колко души е достигнал проектът и към кога; оставете празно, ако източникът не дава числа',
    }),
  /** Results: achieved ones (dated) and expected ones are kept apart. */
  results: group({
    /** Results reached, each with the day or year it was reported. */
    achieved: list(
      group({
        /** What was achieved. */
        text: text().meta({
          title: 'Резултат',
          description: 'Какво е постигнато, с думите на източника, напр. Открит е център за ранно детско развитие',
          multiline: true,
        }),
        /** Reported on (ГГГГ-ММ-ДД). */
        date: isoDate().optional().meta({
          title: 'Отчетен на',
          description: 'Денят, в който резултатът е отчетен, ГГГГ-ММ-ДД; оставете празно, ако не е посочен',
        }),
        /** Or the year it refers to. */
        year: count().optional().meta({
          title: 'Година',
          description: 'Или годината, за която е резултатът, напр. 2019; оставете празно, ако не е посочена',
        }),
      }),
    )
      .default([])
      .meta({
        title: 'Постигнати',
        description: 'Резултатите, които вече са постигнати, всеки с датата или годината на отчета',
      }),
    /** Results the project expects; never shown as achieved. */
    expected: list(text()).default([]).meta({
      title: 'Очаквани',
      description: 'Резултатите, които проектът очаква, всеки отделно; на сайта никога не се показват като постигнати',
    }),
  })
    .default({ achieved: [], expected: [] })
    .meta({
      title: 'Резултати',
      description: 'Постигнатите и очакваните резултати, отделно; оставете празно, ако източникът не ги посочва',
    }),
  /** The total cost of the project („общ бюджет“, „стойност на проекта“); not the grant. */
  totalCost: money().optional().meta({
    title: 'Обща стойност',
    description: 'Общата стойност на проекта („общ бюджет“, „стойност на проекта“), не безвъзмездната помощ; оставете празно, ако не е посочена',
  }),
  /** Where the money comes from. Leave out when the source does not say: that is „не е посочено“, not „no EU funding“. */
  funding: list(fundingSourceSchema).min(1, { error: 'е празен списък; изтрийте реда, ако финансирането не е известно' }).optional().meta({
    title: 'Финансиране',
    description: 'Откъде идват парите: програма, договор, суми; оставете празно, ако източникът не казва – това значи „не е посочено“, не „без средства от ЕС“',
  }),
  /** Dates, duration and extensions. */
  period: periodSchema.optional().meta({
    title: 'Срок',
    description: 'Начало, край, продължителност и удължения; попълнете само известното',
  }),
  /** The same key facts as other sources give them (the register, the organization, a news item), each with its date. */
  otherSources: list(otherSourceSchema).default([]).meta({
    title: 'Други източници',
    description:
      'Стойностите на основните факти (обща стойност, статус, договор, програма, срок) според други източници – регистъра ИСУН 2020, страница на организацията, новина – всяка с датата си; оставете празно, ако няма',
  }),
  /** Municipalities and settlements where the project works. */
  places: list(placeSchema).default([]).meta({
    title: 'Места',
    description: 'Общините и населените места, където работи проектът, напр. община Казанлък с гр. Крън',
  }),
  /** People or offices to contact about the project; the lead organization's details are shown otherwise. */
  contacts: list(
    group({
      /** A person or an office. */
      name: text().optional().meta({
        title: 'Име',
        description: 'Човек или звено за контакт, както е в източника, напр. Екип на проекта',
      }),
      /** Their role. */
      role: text().optional().meta({
        title: 'Роля',
        description: 'Ролята му в проекта, напр. ръководител на проекта',
      }),
      /** Address, phone and e-mail. */
      ...contactFields,
    }),
  )
    .default([])
    .meta({
      title: 'Контакти',
      description: 'Хора или звена за въпроси по проекта; оставете празно и сайтът показва данните на водещата организация',
    }),
  /** Photos of the project, each with its alt text; shown under the story. */
  images: imagesField(),
  /** Public documents: reports, contracts, announcements. */
  documents: list(
    group({
      /** Document title. */
      title: text().meta({
        title: 'Заглавие',
        description: 'Заглавието на документа, напр. Отчет за 2019 г.',
      }),
      /** A full web address or a path under public/, e.g. /documents/report-2019.pdf. */
      file: z
        .union([url(), z.string().regex(/^\/[\w\-./]+$/)], {
          error: 'не е уеб адрес или път под public/; напр. /documents/report-2019.pdf',
        })
        .meta({
          title: 'Файл',
          description: 'Пълен уеб адрес или път до файл в public/, напр. /documents/report-2019.pdf',
        }),
      /** Document date (ГГГГ-ММ-ДД). */
      date: isoDate().optional().meta({
        title: 'Дата',
        description: 'Датата на документа, ГГГГ-ММ-ДД, напр. 2019-12-31; оставете празно, ако не е посочена',
      }),
    }),
  )
    .default([])
    .meta({
      title: 'Документи',
      description: 'Публични документи: отчети, договори, съобщения; оставете празно, ако няма',
    }),
  /** Public records of the project elsewhere. */
  links: group({
    /** The project in ISUN 2020 (2020.eufunds.bg). */
    isun: url().optional().meta({
      title: 'ИСУН 2020',
      description: 'Адресът на проекта в ИСУН 2020 (2020.eufunds.bg), напр. https://2020.eufunds.bg/bg/0/0/Project/Details?contractId=…',
    }),
    /** The project in Kohesio. */
    kohesio: url().optional().meta({
      title: 'Kohesio',
      description: 'Адресът на проекта в Kohesio, напр. https://kohesio.ec.europa.eu/bg/projects/…',
    }),
  })
    .default({})
    .meta({
      title: 'Връзки',
      description: 'Публичните записи за проекта другаде: ИСУН, Kohesio; страницата-източник се пише в „Източник“',
    }),
  /** The project's own social-media accounts: 2021-2027 rules want its description there too. */
  socialMedia: list(
    group({
      /** The network's name as people say it, e.g. Facebook. */
      network: text().meta({
        title: 'Мрежа',
        description: 'Името на социалната мрежа, напр. Facebook, Instagram, YouTube',
      }),
      /** The account's full address. */
      url: url().meta({
        title: 'Адрес на профила',
        description: 'Пълният адрес на профила на проекта, напр. https://www.facebook.com/…',
      }),
    }),
  )
    .default([])
    .meta({
      title: 'Профили в социалните мрежи',
      description: 'Профилите на самия проект в социалните мрежи, ако източникът ги посочва; оставете празно, ако няма',
    }),
  /** Donations for this very project: only when the source says donations go to it. */
  donations: group({
    /** The organization that takes them: a file name in content/organizations with donation details. */
    organization: id('organizations').meta({
      title: 'Организация, която приема даренията',
      description: 'Организацията, която приема даренията за проекта; в нейния файл трябва да има банкови данни (donations), напр. fondatsia-za-nashite-detsa',
    }),
    /** What the source says the donations pay for, in the site's words. */
    purpose: text().optional().meta({
      title: 'За какво отиват даренията',
      description: 'За какво отиват даренията според източника, напр. за рехабилитация на децата в центъра; оставете празно, ако не е казано',
      multiline: true,
    }),
  })
    .optional()
    .meta({
      title: 'Дарения за проекта',
      description:
        'Попълнете само ако източникът казва, че даренията отиват за този проект; иначе оставете празно и страницата само посочва, че организацията приема дарения',
    }),
  /** The entry's own English text and address, all optional. */
  en: englishField(projectEnglishSchema),
  /** Other remarks for editors: why a fact is missing, how a source was read. */
  note: editorNote(),
  /** Status of the project: never written by hand, derived from the period at the build date. */
  status: z.never({ error: 'не се пише на ръка: статусът се изчислява от period към датата на публикуване; изтрийте реда' }).optional().meta({
    title: 'Статус (не се пише)',
    description: 'Не се пише на ръка: статусът се изчислява от срока към датата на публикуване',
  }),
}).meta({ title: 'Проект', description: 'Заглавната част (front matter) на един проект в content/projects' });

export type ProjectData = z.output<typeof projectSchema>;
export type FundingSourceData = z.output<typeof fundingSourceSchema>;
export type PlaceData = z.output<typeof placeSchema>;
