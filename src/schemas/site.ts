/** The site's identity and owner: content/site.yaml, one file. */
import type { z } from 'astro/zod';
import { z as zod } from 'astro/zod';
import { GIT_HOSTS, NEWSLETTER_PROVIDERS } from './enums.ts';
import { showValue } from '../lib/content-errors.ts';
import { choice, email, flag, group, list, text, url } from './fields.ts';

/** A Pagefind bundle of this site other than its own /pagefind/: /a/b/pagefind/ (lower-case Latin, digits, - _ .). */
export const SHARD_PATH = /^\/(?:[a-z0-9][a-z0-9._-]*\/)+pagefind\/$/;

export const siteSchema = group({
  /** Site name in the header and page titles. */
  name: text().meta({
    title: 'Име на сайта',
    description: 'Името в заглавката и в заглавията на страниците, напр. Видимост',
  }),
  /** What the site is for, in one sentence. */
  tagline: text().meta({
    title: 'Мото',
    description: 'За какво е сайтът, в едно изречение',
  }),
  /** What the site is for, in two sentences, on the home page. */
  intro: text().optional().meta({
    title: 'Въведение',
    description: 'За какво е сайтът, в две изречения, на началната страница',
    multiline: true,
  }),
  /** The production address, https://… without a path; used for canonical URLs and the sitemap. */
  url: url().meta({
    title: 'Адрес на сайта',
    description: 'Окончателният адрес, https://… без път след домейна, напр. https://www.example.bg',
  }),
  /** True while url is a placeholder: the footer then says the address is not final. */
  urlIsPlaceholder: flag().meta({
    title: 'Адресът е временен',
    description: 'Отметнете (true), докато адресът е заместител; тогава долният край на страниците казва, че не е окончателен',
  }),
  /** Who runs the site. */
  operator: group({
    /** Organization name, or a placeholder clearly marked as such. */
    name: text().meta({
      title: 'Име',
      description: 'Името на организацията, която поддържа сайта, или ясно означен заместител',
    }),
    /** True while the name above is a placeholder. */
    isPlaceholder: flag().meta({
      title: 'Името е временно',
      description: 'Отметнете (true), докато името горе е заместител',
    }),
    /** Contact e-mail for the public. */
    email: email().optional().meta({
      title: 'Имейл',
      description: 'Имейл за връзка с посетителите, напр. info@example.bg',
    }),
    /** Who pays for the site itself, as a source states it; absent, the footer says it is not stated. */
    funding: text().optional().meta({
      title: 'Финансиране на сайта',
      description:
        'Кой финансира самия сайт (не проектите), само ако източник го казва, напр. „Със собствени средства на организацията“; оставете празно, докато не е известно',
    }),
  }).meta({
    title: 'Поддръжка',
    description: 'Кой поддържа сайта: име и имейл за връзка',
  }),
  /** The newsletter signup: "none" keeps it an honest stub until a provider is connected. */
  newsletter: group({
    /** none, brevo, mailchimp, listmonk, buttondown or generic. */
    provider: choice(NEWSLETTER_PROVIDERS).default('none').meta({
      title: 'Доставчик',
      description: 'none (формата не изпраща нищо), brevo, mailchimp, listmonk, buttondown или generic',
    }),
    /** The provider's form address, https://…; required with any provider but none. */
    action: url().optional().meta({
      title: 'Адрес на формата',
      description: 'Адресът на формата при доставчика, https://…; задължителен при всеки доставчик освен none',
    }),
    /** Field names where they differ from the provider's preset. */
    fields: group({
      email: text().optional().meta({ title: 'Поле за имейл', description: 'Името на полето за имейл при доставчика, ако е различно, напр. EMAIL' }),
      name: text().optional().meta({ title: 'Поле за име', description: 'Името на полето за име при доставчика, ако е различно, напр. FNAME' }),
      consent: text().optional().meta({ title: 'Поле за съгласие', description: 'Името на полето за съгласие при доставчика, ако е различно, напр. OPT_IN' }),
    })
      .optional()
      .meta({
        title: 'Имена на полетата',
        description: 'Имената на полетата при доставчика, само ако се различават от обичайните за него',
      }),
    /** Extra hidden fields the provider wants, name: value. */
    hidden: zod.record(zod.string(), zod.string()).optional().meta({
      title: 'Скрити полета',
      description: 'Допълнителни скрити полета, които доставчикът иска, всяко като име: стойност, напр. u: abc123',
    }),
    /** The honeypot field name, where it differs from the preset. */
    honeypot: text().optional().meta({
      title: 'Поле-капан',
      description: 'Името на скритото поле срещу ботове, ако се различава от обичайното за доставчика',
    }),
  })
    .refine((n) => n.provider === 'none' || Boolean(n.action), { error: 'provider е избран, а action липсва; добавете адреса на формата на доставчика' })
    .default({ provider: 'none' })
    .meta({
      title: 'Бюлетин',
      description: 'Формата за абониране; с доставчик none тя е мостра, която не изпраща нищо',
    }),
  /** The open data at /danni/: its licence and how to cite it; until set, /danni/ says the licence is not yet chosen. */
  openData: group({
    /** The licence's name, e.g. CC BY 4.0. */
    licence: text().optional().meta({
      title: 'Лиценз',
      description: 'Името на лиценза на отворените данни, напр. CC BY 4.0; оставете празно, докато поддържащата организация не го избере',
    }),
    /** The licence's official text, https://…. */
    licenceUrl: url().optional().meta({
      title: 'Адрес на лиценза',
      description: 'Адресът на официалния текст на лиценза, напр. https://creativecommons.org/licenses/by/4.0/deed.bg',
    }),
    /** How reusers should cite the data, one sentence. */
    citation: text().optional().meta({
      title: 'Как да се цитира',
      description: 'Едно изречение за цитиране на данните, напр. „Видимост, отворени данни за социални проекти, 2026 г.“',
      multiline: true,
    }),
  })
    .optional()
    .meta({
      title: 'Отворени данни',
      description: 'Лицензът и начинът на цитиране на файловете на /danni/; докато лицензът е празен, страницата казва, че още не е определен',
    }),
  /**
   * Search indexes of other parts of the site (shards, each built on its own), merged into the
   * search page's results in the browser. Paths on this site only: the page may fetch nothing
   * from another address (its security policy says default-src 'self'). Absent: one index.
   */
  searchShards: list(
    zod.string({ error: (i) => `${showValue(i.input)} не е път; пишете път от корена на сайта, напр. /chasti/plovdiv/pagefind/` }).regex(SHARD_PATH, {
      error: (i) =>
        `${showValue(i.input)} не е път на индекс за търсене в този сайт; пишете път от корена на сайта (без https:// и домейн), завършващ на /pagefind/, напр. /chasti/plovdiv/pagefind/ (собственият индекс /pagefind/ се зарежда сам)`,
    }),
  )
    .optional()
    .meta({
      title: 'Допълнителни индекси за търсене',
      description:
        'Пътищата на индексите на отделно построени части на сайта, напр. /chasti/plovdiv/pagefind/; търсенето ги обединява с основния индекс. Оставете празно, ако сайтът се строи наведнъж',
    }),
  /** Where the visual editor (/admin/) saves when used in the browser without a local folder. */
  editor: group({
    /** The Git host: github (GitHub.com) or gitlab (GitLab.com). */
    host: choice(GIT_HOSTS).default('github').meta({
      title: 'Git услуга',
      description: 'Къде е хранилището на сайта: github (GitHub.com) или gitlab (GitLab.com)',
    }),
    /** The repository, owner/name; while empty, the editor works on a local folder only. */
    repository: zod
      .string({ error: 'трябва да е текст: собственик/име на хранилището' })
      .regex(/^[\w.-]+\/[\w.-]+$/, { error: (i) => `„${String(i.input)}“ не е хранилище; пишете собственик/име, напр. moyata-organizatsia/vidimost` })
      .optional()
      .meta({
        title: 'Хранилище',
        description:
          'Хранилището на сайта като собственик/име, напр. moyata-organizatsia/vidimost; докато е празно, редакторът работи само с папка на компютъра',
      }),
    /** The branch the editor saves to; the repository's default branch when empty. */
    branch: text().optional().meta({
      title: 'Клон',
      description: 'Клонът, в който редакторът записва, напр. main; оставете празно за основния клон на хранилището',
    }),
  })
    .optional()
    .meta({
      title: 'Редактор в браузъра',
      description: 'Къде записва редакторът на /admin/ без папка на компютъра; попълва се веднъж, от този, който поддържа сайта',
    }),
}).meta({ title: 'Сайт', description: 'content/site.yaml: името, адресът и собственикът на сайта' });

export type SiteData = z.output<typeof siteSchema>;
