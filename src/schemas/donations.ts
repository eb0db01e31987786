/** How an organization takes donations: part of its YAML file in content/organizations. */
import { z } from 'astro/zod';
import { bankCodeOf } from '../lib/iban.ts';
import { compareIsoDates, isValidIsoDate } from '../lib/dates.ts';
import { bic, flag, group, iban, isoDate, list, text, url } from './fields.ts';

/** A bank code no Bulgarian bank has: example IBANs use it so they can never reach an account. */
export const EXAMPLE_BANK_CODE = 'ZZZZ';

export const donationsSchema = group({
  /** The account holder as the bank knows it. */
  recipient: text().meta({
    title: 'Получател',
    description: 'Титулярят на сметката, както го знае банката, напр. Фондация „За Нашите Деца“',
  }),
  /** The bank's name. */
  bank: text().optional().meta({
    title: 'Банка',
    description: 'Името на банката; оставете празно, ако не е посочено',
  }),
  /** IBAN, with or without spaces. */
  iban: iban().meta({
    title: 'IBAN',
    description: 'IBAN на сметката, с или без интервали; примерен IBAN е с код на банка ZZZZ, напр. BG59 ZZZZ 0000 0000 0000 01 (пример)',
  }),
  /** The bank's BIC. */
  bic: bic().optional().meta({
    title: 'BIC',
    description: 'BIC (SWIFT) кодът на банката, 8 или 11 главни латински букви и цифри, напр. UBBSBGSF',
  }),
  /** True while the IBAN is an example (bank code ZZZZ): the page marks it „ПРИМЕР – не превеждайте“. */
  ibanIsExample: flag().meta({
    title: 'Примерен IBAN',
    description: 'Отметнете (true), докато IBAN-ът е пример (код на банка ZZZZ); страницата тогава пише „ПРИМЕР – не превеждайте“',
  }),
  /** Payment reason (основание) the donor writes, e.g. Дарение. */
  reason: text().meta({
    title: 'Основание за превода',
    description: 'Какво пише дарителят в основанието на превода, напр. Дарение',
  }),
  /** A payment provider's hosted card page; without it no card option is shown. */
  cardUrl: url().optional().meta({
    title: 'Дарение с карта',
    description: 'Страницата на доставчика за плащане с карта, https://…; без нея на сайта няма възможност за карта',
  }),
  /** DMS donation SMS (text „DMS <keyword>“ to 17 777) with the dates the keyword is valid. */
  dms: group({
    /** The campaign keyword in Latin letters, e.g. RODITEL. */
    keyword: z
      .string()
      .regex(/^[A-Z0-9]{2,20}$/, { error: (i) => `„${String(i.input)}“ не е ключова дума за DMS; пишете главни латински букви и цифри, напр. RODITEL` })
      .meta({
        title: 'Ключова дума',
        description: 'Думата, която се изпраща с DMS, с главни латински букви и цифри, напр. RODITEL',
      }),
    /** First day the keyword works. */
    from: isoDate().meta({
      title: 'Валидна от',
      description: 'Първият ден, в който думата работи, ГГГГ-ММ-ДД, напр. 2024-01-01',
    }),
    /** Last day the keyword works. */
    until: isoDate().meta({
      title: 'Валидна до',
      description: 'Последният ден, в който думата работи, ГГГГ-ММ-ДД, напр. 2024-12-31',
    }),
  })
    .optional()
    .meta({
      title: 'Дарение с SMS (DMS)',
      description: 'DMS кампания: SMS с текст „DMS <дума>“ на 17 777 и датите, в които думата работи; оставете празно, ако няма',
    }),
  /** How monthly giving works, in the organization's words. */
  monthly: group({
    /** The programme's name, e.g. Ре:дарител. */
    name: text().optional().meta({
      title: 'Име на програмата',
      description: 'Името на програмата за месечно дарение, напр. Ре:дарител',
    }),
    /** How to join. */
    text: text().meta({
      title: 'Как се включва човек',
      description: 'Как се става месечен дарител, с думите на организацията',
      multiline: true,
    }),
    /** Where to sign up. */
    url: url().optional().meta({
      title: 'Адрес за записване',
      description: 'Страницата, на която човек се записва, https://…',
    }),
  })
    .optional()
    .meta({
      title: 'Месечно дарение',
      description: 'Как работи месечното дарение, с думите на организацията; оставете празно, ако няма такова',
    }),
  /** What a donor receives (contract, certificate, receipt) and whom to ask, as the organization states it; shown only when given. */
  business: text().optional().meta({
    title: 'Какво получава дарителят',
    description:
      'Какво дава организацията на дарителите (договор, удостоверение, бележка) и към кого да се обърнат, само ако тя го казва; иначе оставете празно',
    multiline: true,
  }),
  /** ЕИК / БУЛСТАТ. */
  eik: z
    .string()
    .regex(/^\d{9}(\d{4})?$/, { error: (i) => `„${String(i.input)}“ не е ЕИК; пишете 9 или 13 цифри` })
    .optional()
    .meta({
      title: 'ЕИК / БУЛСТАТ',
      description: 'ЕИК или БУЛСТАТ, 9 или 13 цифри; оставете празно, ако не е посочен',
    }),
  /** True when the organization is registered „в обществена полза“. */
  publicBenefit: z.boolean({ error: 'трябва да е true или false' }).optional().meta({
    title: 'В обществена полза',
    description: 'true, ако организацията е регистрирана „в обществена полза“ (от това зависи данъчното облекчение); оставете празно, ако не е известно',
  }),
  /** Where the annual reports are published. */
  reportsUrl: url().optional().meta({
    title: 'Годишни отчети',
    description: 'Страницата, на която са публикувани годишните отчети, https://…',
  }),
  /** Impact lines, e.g. „20 € покриват …“; shown only when given. */
  impact: list(text()).default([]).meta({
    title: 'Какво постига дарението',
    description: 'Изречения като „20 € покриват …“, всяко отделно, с думите на организацията; показват се само ако са попълнени',
  }),
}).superRefine((d, ctx) => {
  const example = bankCodeOf(d.iban) === EXAMPLE_BANK_CODE;
  if (example && !d.ibanIsExample) {
    ctx.addIssue({
      code: 'custom',
      path: ['ibanIsExample'],
      message: `IBAN-ът е с кода ${EXAMPLE_BANK_CODE} на пример; добавете ibanIsExample: true или напишете истинския IBAN`,
    });
  }
  if (!example && d.ibanIsExample) {
    ctx.addIssue({
      code: 'custom',
      path: ['iban'],
      message: `примерен IBAN трябва да е с код на банка ${EXAMPLE_BANK_CODE}, за да не съвпадне с нечия истинска сметка`,
    });
  }
  if (d.dms && isValidIsoDate(d.dms.from) && isValidIsoDate(d.dms.until) && compareIsoDates(d.dms.until, d.dms.from) < 0) {
    ctx.addIssue({ code: 'custom', path: ['dms', 'until'], message: `крайната дата „${d.dms.until}“ е преди началната „${d.dms.from}“` });
  }
});

export type DonationsData = z.output<typeof donationsSchema>;
