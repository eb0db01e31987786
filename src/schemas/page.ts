/** A plain page (about, privacy, accessibility statement): one MDX file in content/pages. */
import type { z } from 'astro/zod';
import { group, isoDate, text } from './fields.ts';

export const pageSchema = group({
  /** Page title. */
  title: text().meta({
    title: 'Заглавие',
    description: 'Заглавието на страницата, напр. Декларация за достъпност',
  }),
  /** One or two plain sentences for the meta description. */
  summary: text().meta({
    title: 'Резюме',
    description: 'Едно-две прости изречения за какво е страницата; показва се в търсачките',
    multiline: true,
  }),
  /** The day the page was last changed (ГГГГ-ММ-ДД). */
  updated: isoDate().optional().meta({
    title: 'Последна промяна',
    description: 'Денят на последната промяна, ГГГГ-ММ-ДД, напр. 2024-05-20',
  }),
}).meta({ title: 'Страница', description: 'Заглавната част (front matter) на една страница в content/pages' });

export type PageData = z.output<typeof pageSchema>;
