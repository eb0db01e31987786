/**
 * The optional English text of an entry, kept in the same file as the Bulgarian: the `en`
 * group of a project, organization, programme or news item. Only the organization's own
 * English text belongs here; where a field is left out, the English page shows the facts
 * and says the text exists only in Bulgarian.
 */
import { z } from 'astro/zod';
import { showValue } from '../lib/content-errors.ts';
import { isReservedSlug, type EntryCollection } from '../lib/routes.ts';
import { SLUG_PATTERN } from '../lib/transliteration.ts';
import { group, list, text } from './fields.ts';

/** The English address of an entry: Latin lower-case letters, digits and hyphens. */
export const englishSlug = () =>
  text().regex(SLUG_PATTERN, {
    error: (issue) =>
      `${showValue(issue.input)} не е английски адрес; пишете само малки латински букви, цифри и тирета между думите, без интервали, напр. chance-for-our-children`,
  });

/** The English slug field of a collection; listing pages own page and (for projects) by-…. */
const slugField = (collection: EntryCollection) =>
  englishSlug()
    .refine((slug) => !isReservedSlug('en', collection, slug), {
      error: (issue) => `${showValue(issue.input)} е зает от страниците със списъци; изберете друг английски адрес, напр. с още една дума`,
    })
    .optional()
    .meta({
      title: 'Адрес на английски',
      description:
        'Частта от английския адрес след /en/…/: малки латински букви, цифри и тирета, напр. chance-for-our-children; без нея английската страница ползва българския адрес',
    });

/** Markdown text below the English title, as the body of the Bulgarian file is. */
const bodyField = (what: string) =>
  text()
    .optional()
    .meta({
      title: 'Текст на английски',
      description: `Английският текст ${what} в Markdown: абзаци, разделени с празен ред; заглавие на раздел започва с „## “`,
      multiline: true,
      markdown: true,
    });

/** English alt texts of the images, in the order of the Bulgarian list. */
const imagesField = () =>
  list(
    group({
      /** What the image shows, in English. */
      alt: text().meta({
        title: 'Описание (alt) на английски',
        description: 'Какво се вижда на снимката, на английски, с едно изречение, напр. Children drawing at a table',
      }),
    }),
  )
    .optional()
    .meta({
      title: 'Снимки на английски',
      description: 'Описанието (alt) на всяка снимка на английски, в реда на българския списък; без него английската страница показва българското',
    });

const ENGLISH_HINT = 'Само текст, който организацията сама е публикувала на английски – не наш превод; всяко поле е по желание';

export const projectEnglishSchema = group({
  /** English address of the project page. */
  slug: slugField('projects'),
  /** The project's English name, as the project itself writes it. */
  title: text().optional().meta({
    title: 'Заглавие на английски',
    description: 'Името на проекта на английски, както проектът сам го пише, без кавички',
  }),
  /** One or two English sentences for lists and search engines. */
  summary: text().optional().meta({
    title: 'Резюме на английски',
    description: 'Едно-две изречения на английски: какво прави проектът и за кого',
    multiline: true,
  }),
  /** The main goal in English. */
  goal: text().optional().meta({
    title: 'Цел на английски',
    description: 'Основната цел на проекта на английски, с думите на източника',
    multiline: true,
  }),
  /** Specific goals in English, in the order of the Bulgarian list. */
  specificGoals: list(text()).optional().meta({
    title: 'Специфични цели на английски',
    description: 'Всяка специфична цел на английски отделно, в реда на българския списък',
  }),
  /** Activities in English, in the order of the Bulgarian list. */
  activities: list(
    group({
      /** A short English title. */
      title: text().meta({
        title: 'Дейност на английски',
        description: 'Краткото име на дейността на английски',
      }),
      /** Optional English details. */
      text: text().optional().meta({
        title: 'Описание на английски',
        description: 'Подробностите за дейността на английски; оставете празно, ако ги няма',
        multiline: true,
      }),
    }),
  )
    .optional()
    .meta({
      title: 'Дейности на английски',
      description: 'Дейностите на английски, в реда на българския списък',
    }),
  /** Target groups in English, in the order of the Bulgarian list. */
  targetGroups: list(text()).optional().meta({
    title: 'Целеви групи на английски',
    description: 'За кого е проектът, на английски, всяка група отделно, в реда на българския списък',
  }),
  /** English alt texts of the images. */
  images: imagesField(),
  /** The English counterpart of the text below the front matter. */
  body: bodyField('за проекта'),
});

export const newsEnglishSchema = group({
  /** English address of the news page. */
  slug: slugField('news'),
  /** The English headline. */
  title: text().optional().meta({
    title: 'Заглавие на английски',
    description: 'Заглавието на новината на английски, кратко и ясно',
  }),
  /** One or two English sentences for lists and search engines. */
  summary: text().optional().meta({
    title: 'Резюме на английски',
    description: 'Едно-две изречения на английски за какво е новината',
    multiline: true,
  }),
  /** English alt texts of the images. */
  images: imagesField(),
  /** The English counterpart of the text below the front matter. */
  body: bodyField('на новината'),
});

export const pageEnglishSchema = group({
  /** The page's English title. */
  title: text().optional().meta({
    title: 'Заглавие на английски',
    description: 'Заглавието на страницата на английски, напр. Accessibility statement',
  }),
  /** One or two English sentences for search engines. */
  summary: text().optional().meta({
    title: 'Резюме на английски',
    description: 'Едно-две прости изречения на английски за какво е страницата',
    multiline: true,
  }),
  /** The English counterpart of the text below the front matter. */
  body: bodyField('на страницата'),
});

export const organizationEnglishSchema = group({
  /** English address of the organization page. */
  slug: slugField('organizations'),
  /** The name as the organization writes it in English. */
  name: text().optional().meta({
    title: 'Име на английски',
    description: 'Името, както организацията сама го пише на английски, напр. на английската версия на сайта си',
  }),
  /** A few English sentences on who they are. */
  description: text().optional().meta({
    title: 'Описание на английски',
    description: 'Няколко изречения на английски кои са и с какво се занимават',
    multiline: true,
  }),
});

export const programmeEnglishSchema = group({
  /** English address of the programme page. */
  slug: slugField('programmes'),
  /** The programme's official English name. */
  name: text().optional().meta({
    title: 'Име на английски',
    description: 'Официалното име на програмата на английски, както го пише управляващият орган',
  }),
  /** The English short name for lists. */
  shortName: text().optional().meta({
    title: 'Кратко име на английски',
    description: 'Краткото име на английски за списъците',
  }),
  /** A few English sentences on the programme or funder. */
  description: text().optional().meta({
    title: 'Описание на английски',
    description: 'Няколко изречения на английски за програмата или дарителя',
    multiline: true,
  }),
});

/** The `en` field of a schema: the group, optional, with its label. */
export const englishField = <T extends z.ZodType>(schema: T) => schema.optional().meta({ title: 'Английски текст', description: ENGLISH_HINT });
