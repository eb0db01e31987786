/** A plain page (about, privacy, accessibility statement): one MDX file in content/pages. */
import type { z } from 'astro/zod';
import { englishField, pageEnglishSchema } from './english.ts';
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
  /** The day the text was last changed (ГГГГ-ММ-ДД); set by an editor. */
  updated: isoDate().optional().meta({
    title: 'Последна промяна',
    description: 'Денят на последната промяна на текста, ГГГГ-ММ-ДД, напр. 2024-05-20; пише се на ръка',
  }),
  /** The day the text was first written, e.g. when a statement was prepared (ГГГГ-ММ-ДД); set by an editor. */
  prepared: isoDate().optional().meta({
    title: 'Изготвена на',
    description:
      'Денят, в който текстът е изготвен, напр. за декларация за достъпност, ГГГГ-ММ-ДД, напр. 2024-05-20; пише се на ръка, не се сменя при всяко публикуване',
  }),
  /** The day an editor last reviewed the text (ГГГГ-ММ-ДД). */
  reviewed: isoDate().optional().meta({
    title: 'Последен преглед',
    description: 'Денят, в който текстът е прегледан за последно, ГГГГ-ММ-ДД, напр. 2025-05-20; пише се на ръка',
  }),
  /** The page's own English text, all optional; without a body the English page says the text is in Bulgarian only. */
  en: englishField(pageEnglishSchema),
}).meta({ title: 'Страница', description: 'Заглавната част (front matter) на една страница в content/pages' });

export type PageData = z.output<typeof pageSchema>;
