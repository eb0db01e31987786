/** How an organization takes donations: part of its YAML file in content/organizations. */
import { z } from 'astro/zod';
import { bankCodeOf } from '../lib/iban.ts';
import { compareIsoDates, isValidIsoDate } from '../lib/dates.ts';
import { bic, flag, group, iban, isoDate, list, text, url } from './fields.ts';

/** A bank code no Bulgarian bank has: example IBANs use it so they can never reach an account. */
export const EXAMPLE_BANK_CODE = 'ZZZZ';

export const donationsSchema = group({
  /** The account holder as the bank knows it. */
  recipient: text(),
  /** The bank's name. */
  bank: text().optional(),
  /** IBAN, with or without spaces. */
  iban: iban(),
  /** The bank's BIC. */
  bic: bic().optional(),
  /** True while the IBAN is an example (bank code ZZZZ): the page marks it „ПРИМЕР — не превеждайте“. */
  ibanIsExample: flag(),
  /** Payment reason (основание) the donor writes, e.g. Дарение. */
  reason: text(),
  /** A payment provider's hosted card page; without it no card option is shown. */
  cardUrl: url().optional(),
  /** DMS donation SMS (text „DMS <keyword>“ to 17 777) with the dates the keyword is valid. */
  dms: group({
    /** The campaign keyword in Latin letters, e.g. RODITEL. */
    keyword: z.string().regex(/^[A-Z0-9]{2,20}$/, { error: (i) => `„${String(i.input)}“ не е ключова дума за DMS; пишете главни латински букви и цифри, напр. RODITEL` }),
    /** First day the keyword works. */
    from: isoDate(),
    /** Last day the keyword works. */
    until: isoDate(),
  }).optional(),
  /** How monthly giving works, in the organization's words. */
  monthly: group({
    /** The programme's name, e.g. Ре:дарител. */
    name: text().optional(),
    /** How to join. */
    text: text(),
    /** Where to sign up. */
    url: url().optional(),
  }).optional(),
  /** What a company receives and whom to ask, beyond the standard text on the page. */
  business: text().optional(),
  /** ЕИК / БУЛСТАТ. */
  eik: z.string().regex(/^\d{9}(\d{4})?$/, { error: (i) => `„${String(i.input)}“ не е ЕИК; пишете 9 или 13 цифри` }).optional(),
  /** True when the organization is registered „в обществена полза“. */
  publicBenefit: z.boolean({ error: 'трябва да е true или false' }).optional(),
  /** Where the annual reports are published. */
  reportsUrl: url().optional(),
  /** Impact lines, e.g. „20 € покриват …“; shown only when given. */
  impact: list(text()).default([]),
})
  .superRefine((d, ctx) => {
    const example = bankCodeOf(d.iban) === EXAMPLE_BANK_CODE;
    if (example && !d.ibanIsExample) {
      ctx.addIssue({ code: 'custom', path: ['ibanIsExample'], message: `IBAN-ът е с кода ${EXAMPLE_BANK_CODE} на пример; добавете ibanIsExample: true или напишете истинския IBAN` });
    }
    if (!example && d.ibanIsExample) {
      ctx.addIssue({ code: 'custom', path: ['iban'], message: `примерен IBAN трябва да е с код на банка ${EXAMPLE_BANK_CODE}, за да не съвпадне с нечия истинска сметка` });
    }
    if (d.dms && isValidIsoDate(d.dms.from) && isValidIsoDate(d.dms.until) && compareIsoDates(d.dms.until, d.dms.from) < 0) {
      ctx.addIssue({ code: 'custom', path: ['dms', 'until'], message: `крайната дата „${d.dms.until}“ е преди началната „${d.dms.from}“` });
    }
  });

export type DonationsData = z.output<typeof donationsSchema>;
