/** A news item: the front matter of one MDX file in content/news. */
import type { z } from 'astro/zod';
import { editorNote, group, id, isoDate, list, text } from './fields.ts';
import { sourceSchema } from './source.ts';
import { englishField, newsEnglishSchema } from './english.ts';
import { imagesField } from './image.ts';

export const newsSchema = group({
  /** Headline. */
  title: text().meta({
    title: 'Заглавие',
    description: 'Заглавието на новината, кратко и ясно, напр. Договор за комплекс за интегрирани социални услуги',
  }),
  /** One or two plain sentences for lists and the meta description. */
  summary: text().meta({
    title: 'Резюме',
    description: 'Едно-две прости изречения за какво е новината; показва се в списъците и в търсачките',
    multiline: true,
  }),
  /** Publication day (ГГГГ-ММ-ДД); omit when the source does not state it — never guess. */
  date: isoDate().optional().meta({
    title: 'Дата на публикуване',
    description: 'Денят на публикуване, ГГГГ-ММ-ДД, напр. 2023-04-28; оставете празно, ако източникът не го посочва – не гадайте',
  }),
  /** What the news is about when there is no publication day, e.g. „2019 г.“. */
  about: text().optional().meta({
    title: 'Период',
    description: 'За кога е новината, когато няма дата на публикуване, напр. 2019 г.',
  }),
  /** Projects the news is about: file names in content/projects. */
  projects: list(id('projects')).default([]).meta({
    title: 'Проекти',
    description: 'Проектите, за които е новината: изберете от content/projects, напр. shans-za-nashite-detsa',
  }),
  /** Organizations the news is about: file names in content/organizations. */
  organizations: list(id('organizations')).default([]).meta({
    title: 'Организации',
    description: 'Организациите, за които е новината: изберете от content/organizations, напр. obshtina-haskovo',
  }),
  /** The day an editor last checked the news against its source (ГГГГ-ММ-ДД). */
  checked: isoDate().optional().meta({
    title: 'Фактите проверени на',
    description: 'Денят, в който редактор за последно е сверил новината с източника, ГГГГ-ММ-ДД, напр. 2024-05-20; не е датата на източника',
  }),
  /** Where the news comes from: the publisher, the page, its address and its own date. */
  source: sourceSchema.optional().meta({
    title: 'Източник',
    description: 'Страницата, от която е новината: издател, заглавие, адрес и датата, която тя показва; показва се на сайта',
  }),
  /** Photos for the news item, each with its alt text; shown under the text. */
  images: imagesField(),
  /** The entry's own English text and address, all optional. */
  en: englishField(newsEnglishSchema),
  /** Other remarks for editors: why a fact is missing, how a source was read. */
  note: editorNote(),
}).meta({ title: 'Новина', description: 'Заглавната част (front matter) на една новина в content/news' });

export type NewsData = z.output<typeof newsSchema>;
