/** Where a project's or a news item's facts come from: shown on the page as „Източник: …“. */
import type { z } from 'astro/zod';
import { isValidIsoDate } from '../lib/dates.ts';
import { SOURCE_DATE_KINDS } from './enums.ts';
import { choice, group, isoDate, text, url } from './fields.ts';

export const sourceSchema = group({
  /** The organization or publisher whose page it is, e.g. Община Хасково; omit when the page does not say. */
  publisher: text().optional().meta({
    title: 'Издател',
    description: 'Чия е страницата: организацията или изданието, напр. Община Хасково; оставете празно, ако страницата не го показва',
  }),
  /** The page's own title, as written there. */
  title: text().meta({
    title: 'Заглавие на страницата',
    description: 'Заглавието на страницата-източник, както е написано там, напр. Информация за проект „Бъдеще за всяко дете в Община Казанлък“',
  }),
  /** The page's address. */
  url: url().optional().meta({
    title: 'Адрес',
    description: 'Пълният адрес на страницата, започващ с https://; оставете празно, ако не е известен',
  }),
  /** The date the source gives (ГГГГ-ММ-ДД). */
  date: isoDate().optional().meta({
    title: 'Дата на източника',
    description: 'Датата, която страницата-източник показва, ГГГГ-ММ-ДД, напр. 2022-08-11; оставете празно, ако няма',
  }),
  /** What that date is: published, last changed, or a bare date the page shows without saying which. */
  dateKind: choice(SOURCE_DATE_KINDS).optional().meta({
    title: 'Каква е датата',
    description: 'published – „публикувано на“; changed – „последна промяна“; shown – страницата показва дата, без да казва каква',
  }),
}).superRefine((source, ctx) => {
  // A date without its meaning would be shown as something it may not be.
  if (source.date && isValidIsoDate(source.date) && !source.dateKind) {
    ctx.addIssue({ code: 'custom', path: ['dateKind'], message: 'липсва: напишете published, changed или shown според това как източникът назовава датата' });
  }
  if (!source.date && source.dateKind) {
    ctx.addIssue({ code: 'custom', path: ['date'], message: `липсва, а dateKind е „${source.dateKind}“; напишете датата на източника или изтрийте dateKind` });
  }
});

export type SourceData = z.output<typeof sourceSchema>;
export type { SourceDateKind } from './enums.ts';
