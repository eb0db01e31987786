/**
 * Field types shared by every schema, each with the message an editor sees when the value
 * is wrong: what was written, what is wrong, and how to write it.
 *
 * Editor metadata: every field carries `.meta({...})` on its OUTERMOST schema (after
 * `.optional()` / `.default()`), which `z.toJSONSchema` copies into the JSON Schema
 * (src/schemas/json-schema.ts) that the CMS config and VS Code read. The keys:
 * - `title`: a short Bulgarian label, e.g. „Заглавие“;
 * - `description`: a Bulgarian hint: what to write, with an example;
 * - `format: 'date'`: set by isoDate(), a date picker that writes ГГГГ-ММ-ДД;
 * - `collection`: set by id(collection), the folder whose file names the value may take;
 * - `multiline: true`: text written in sentences, edited in a text area rather than one line;
 * - `markdown: true`: Markdown kept in a field (the English body), edited as Markdown;
 * - `image: true`: an image file (src/schemas/image.ts), picked and uploaded in the editor.
 */
import { z } from 'astro/zod';
import { showValue } from '../lib/content-errors.ts';
import { CURRENCIES, type CollectionName } from './enums.ts';
import { isValidIsoDate } from '../lib/dates.ts';
import { toCents } from '../lib/money.ts';
import { SLUG_PATTERN } from '../lib/transliteration.ts';
import { compactIban, ibanProblem, isBic } from '../lib/iban.ts';

interface RawIssue {
  input?: unknown;
  code?: string;
  keys?: string[];
}

const MISSING = 'липсва, а е задължително';
/** For an empty field; the content check adds the deletion hint only where the field is optional. */
export const EMPTY = 'е празно, а е задължително; напишете стойност';
/** EMPTY as said of an optional field, which may be left out. */
export const EMPTY_OPTIONAL = 'е празно; напишете стойност или изтрийте реда, ако фактът не е известен';

/** A message for a missing or empty value, or the given one for a value of the wrong kind. */
function expect(what: (input: unknown) => string) {
  return (issue: RawIssue) => {
    if (issue.input === undefined) return MISSING;
    if (issue.input === null) return EMPTY;
    return what(issue.input);
  };
}

/** Plain text on one or more lines; never empty. */
export const text = () =>
  z
    .string({ error: expect((v) => `${showValue(v)} не е текст; оградете текста с кавички "…"`) })
    .trim()
    .min(1, { error: EMPTY });

const DATE_HELP = 'пишете ГГГГ-ММ-ДД, напр. 2020-02-29';

/** A calendar date written ГГГГ-ММ-ДД; impossible days such as 2020-02-31 are rejected. */
export const isoDate = () =>
  z
    .string({ error: expect((v) => `${showValue(v)} не е дата; ${DATE_HELP}`) })
    .refine(isValidIsoDate, { error: (issue) => `${showValue(issue.input)} не е валидна дата; ${DATE_HELP}` })
    .meta({ format: 'date' });

/** A whole number of people, months and the like. */
export const count = () =>
  z.int({ error: expect((v) => `${showValue(v)} не е цяло число; пишете само цифри, напр. 443`) }).nonnegative({
    error: (issue) => `${showValue(issue.input)} е отрицателно; пишете 0 или повече`,
  });

const AMOUNT_HELP = 'пишете само цифри, с точка пред стотинките и без интервали, напр. 867896.82';

/** An amount of money with the currency the source uses. */
export const money = () =>
  z.strictObject(
    {
      /** The amount as the source writes it, e.g. 867896.82. */
      amount: z
        .number({ error: expect((v) => `${showValue(v)} не е число; ${AMOUNT_HELP}`) })
        .refine(
          (n) => {
            try {
              toCents(n);
              return true;
            } catch {
              return false;
            }
          },
          { error: (issue) => `${showValue(issue.input)} не е сума с най-много два знака след точката и не е отрицателна; ${AMOUNT_HELP}` },
        )
        .meta({ title: 'Сума', description: 'Сумата, както е в източника: само цифри, с точка пред стотинките, напр. 867896.82' }),
      /** BGN for leva (sources before 2026), EUR for euro. */
      currency: choice(CURRENCIES).meta({
        title: 'Валута',
        description: 'BGN за левове (източници отпреди 2026 г.), EUR за евро – както е в източника',
      }),
    },
    { error: objectError('напр. {amount: 867896.82, currency: BGN}') },
  );

/** One value from a fixed list. */
export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: expect((v) => `${showValue(v)} не е позволена стойност; изберете една от: ${values.join(', ')}`),
  });
}

/** A content folder whose files other files name by id. */
export type ReferencedCollection = Extract<CollectionName, 'organizations' | 'programmes' | 'projects'>;

/** The id of another content file in the given collection: its file name without the extension. */
export const id = (collection: ReferencedCollection) =>
  z
    .string({ error: expect((v) => `${showValue(v)} не е име на файл`) })
    .regex(SLUG_PATTERN, {
      error: (issue) => `${showValue(issue.input)} не е име на файл; пишете малки латински букви, цифри и тирета, напр. obshtina-haskovo`,
    })
    .meta({ collection });

export const url = () =>
  z.url({
    protocol: /^https?$/,
    error: expect((v) => `${showValue(v)} не е уеб адрес; пишете пълния адрес, напр. https://www.example.bg/stranitsa`),
  });

export const email = () => z.email({ error: expect((v) => `${showValue(v)} не е имейл адрес; напр. info@example.bg`) });

/** A list; an editor writes each item on its own line starting with „- “. */
export const list = <T extends z.ZodType>(item: T) => z.array(item, { error: expect(() => 'трябва да е списък: всеки елемент на нов ред, започващ с „- “') });

/** Edit distance, to suggest the field an editor probably meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The message for a group of fields: unknown field names are typos, never dropped silently. */
export function objectError(example: string, known: string[] = []) {
  return (issue: RawIssue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys ?? [];
      const guesses = keys
        .map((key) => known.map((k) => ({ k, d: distance(key.toLowerCase(), k.toLowerCase()) })).sort((x, y) => x.d - y.d)[0])
        .filter((g): g is { k: string; d: number } => Boolean(g && g.d <= 3))
        .map((g) => `„${g.k}“`);
      const hint = guesses.length ? `може би ${guesses.join(', ')}? ` : '';
      return `непознато поле ${keys.map((k) => `„${k}“`).join(', ')}; ${hint}проверете изписването (вижте примера в content/README.md) или го изтрийте`;
    }
    return expect(() => `трябва да е група от полета, ${example}`)(issue);
  };
}

/** A group of fields that rejects unknown field names. */
export const group = <T extends z.ZodRawShape>(shape: T, example = 'всяко на свой ред като „поле: стойност“') =>
  z.strictObject(shape, { error: objectError(example, Object.keys(shape)) });

/** Yes or no, written true or false. */
export const flag = () => z.boolean({ error: expect((v) => `${showValue(v)} не е true или false`) }).default(false);

/** A Bulgarian IBAN, written with or without spaces; stored without them. */
export const iban = () =>
  z.string({ error: expect((v) => `${showValue(v)} не е IBAN`) }).transform((value, ctx) => {
    const problem = ibanProblem(value);
    if (problem) {
      ctx.addIssue({ code: 'custom', input: value, message: `${showValue(value)} не е валиден IBAN: ${problem}` });
      return z.NEVER;
    }
    return compactIban(value);
  });

/** A bank's BIC (SWIFT code), e.g. UBBSBGSF. */
export const bic = () =>
  z.string({ error: expect((v) => `${showValue(v)} не е BIC`) }).refine(isBic, {
    error: (issue) => `${showValue(issue.input)} не е BIC; пишете 8 или 11 главни латински букви и цифри, напр. UBBSBGSF`,
  });

/**
 * A note for editors: why a fact is missing, how a source was read. Never shown on the site;
 * the source itself has its own field, which is shown.
 * It replaces YAML comments, which the visual editor cannot keep.
 */
export const editorNote = () =>
  text().optional().meta({
    title: 'Бележка за редакторите',
    description:
      'Бележки за редакторите: защо липсва някой факт, как е прочетен източникът, напр. „Източникът не посочва финансиране“; не се показва на сайта (източникът се пише в „Източник“)',
    multiline: true,
  });

/** How to reach a person or an organization; shared by organizations and project contacts. */
export const contactFields = {
  /** Postal address. */
  address: text().optional().meta({
    title: 'Адрес',
    description: 'Пощенският адрес с града, улицата и номера; оставете празно, ако не е посочен',
  }),
  /** Phone as written by the source. */
  phone: text().optional().meta({
    title: 'Телефон',
    description: 'Телефонът точно както е написан в източника; оставете празно, ако не е посочен',
  }),
  /** E-mail address. */
  email: email().optional().meta({
    title: 'Имейл',
    description: 'Имейл адрес за връзка, напр. info@example.bg; оставете празно, ако не е посочен',
  }),
};
