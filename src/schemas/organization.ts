/** An organization: a YAML file in content/organizations (beneficiaries, partners, funders). */
import type { z } from 'astro/zod';
import { choice, contactFields, editorNote, group, text, url } from './fields.ts';
import { donationsSchema } from './donations.ts';
import { englishField, organizationEnglishSchema } from './english.ts';

export const organizationSchema = group({
  /** Full name as the organization writes it, e.g. Фондация „За Нашите Деца“. */
  name: text().meta({
    title: 'Име',
    description: 'Пълното име, както организацията го пише, напр. Фондация „За Нашите Деца“',
  }),
  /** What kind of body it is; drives wording such as „община“. */
  /** The ЕИК (Bulgarian company/registry number), as the register gives it. */
  eik: text()
    .regex(/^(\d{9}|\d{13})$/, { error: 'не е ЕИК: пишете 9 или 13 цифри, напр. 000056789' })
    .optional()
    .meta({
      title: 'ЕИК',
      description:
        'Единният идентификационен код на организацията (9 или 13 цифри), напр. както го дава регистърът ИСУН 2020; оставете празно, ако не е известен',
    }),
  kind: choice(['municipality', 'foundation', 'association', 'ministry', 'company', 'other']).optional().meta({
    title: 'Вид',
    description: 'municipality (община), foundation (фондация), association (сдружение), ministry (министерство), company (фирма) или other (друго)',
  }),
  /** For a municipality: the municipality it governs, as written in project places. */
  municipality: text().optional().meta({
    title: 'Община',
    description: 'Само за община: коя община управлява, както е изписана в местата на проектите, напр. Хасково',
  }),
  /** A few plain sentences on who they are. */
  description: text().optional().meta({
    title: 'Описание',
    description: 'Няколко прости изречения кои са и с какво се занимават; оставете празно, ако източникът не казва',
    multiline: true,
  }),
  /** Address, phone and e-mail. */
  ...contactFields,
  /** Website. */
  website: url().optional().meta({
    title: 'Уебсайт',
    description: 'Пълният адрес на сайта, започващ с https://, напр. https://www.example.bg',
  }),
  /** How to give to this organization; leave out when it takes no donations. */
  donations: donationsSchema.optional().meta({
    title: 'Дарения',
    description: 'Как се дарява на организацията: сметка, SMS, месечно дарение; оставете празно, ако не приема дарения',
  }),
  /** The entry's own English text and address, all optional. */
  en: englishField(organizationEnglishSchema),
  /** Where the facts come from; for editors only. */
  note: editorNote(),
}).meta({ title: 'Организация', description: 'Една организация в content/organizations: бенефициент, партньор или дарител' });

export type OrganizationData = z.output<typeof organizationSchema>;
