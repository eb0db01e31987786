/**
 * A funding programme or private funder: a YAML file in content/programmes. It carries what
 * the EU publicity rules need; whether a project owes the EU block is derived from it.
 */
import type { z } from 'astro/zod';
import { EU_FUNDS, PROGRAMME_PERIODS } from './enums.ts';
import { choice, editorNote, group, text, url } from './fields.ts';
import { englishField, programmeEnglishSchema } from './english.ts';

export const programmeSchema = group({
  /** Full name, e.g. Оперативна програма „Развитие на човешките ресурси“ 2014-2020. */
  name: text().meta({
    title: 'Име',
    description: 'Пълното име, напр. Оперативна програма „Развитие на човешките ресурси“ 2014-2020',
  }),
  /** Short name used in lists, e.g. ОП РЧР 2014-2020. */
  shortName: text().optional().meta({
    title: 'Кратко име',
    description: 'Краткото име за списъците, напр. ОП РЧР 2014-2020',
  }),
  /** EU programming period, or none for money that is not from the EU. */
  period: choice(PROGRAMME_PERIODS).meta({
    title: 'Програмен период',
    description: 'Програмният период на ЕС: 2014-2020 или 2021-2027; none за средства, които не са от ЕС',
  }),
  /** The EU fund (ESF = Европейски социален фонд, ESF+ = Европейски социален фонд+); only for EU programmes. */
  fund: choice(EU_FUNDS).optional().meta({
    title: 'Фонд на ЕС',
    description: 'ESF (Европейски социален фонд) или ESF+ (Европейски социален фонд+); само за програми на ЕС, иначе оставете празно',
  }),
  /** The programme's CCI code, e.g. 2014BG05M9OP001. */
  cci: text().optional().meta({
    title: 'CCI код',
    description: 'CCI кодът на програмата, напр. 2014BG05M9OP001; оставете празно, ако не е известен',
  }),
  /** The managing authority, as an institution's name. */
  managingAuthority: text().optional().meta({
    title: 'Управляващ орган',
    description: 'Името на институцията, която управлява програмата; оставете празно, ако не е известна',
  }),
  /** The EU co-financing rate in percent, where known. */
  cofinancingRate: text().optional().meta({
    title: 'Съфинансиране от ЕС',
    description: 'Процентът съфинансиране от ЕС, както е в източника, напр. 85 %; оставете празно, ако не е известен',
  }),
  /** The sentence that states the funding on a project page; {project} is replaced by the project's title. */
  fundingStatement: text().optional().meta({
    title: 'Изречение за финансирането',
    description:
      'Изречението на страницата на проекта, което казва кой го финансира, с думите на програмата; {project} се заменя с името на проекта, напр. Проект „{project}“ се осъществява с финансовата подкрепа на …',
    multiline: true,
  }),
  /** The disclaimer for the page footer and documents; {beneficiary} is replaced by the lead organization's name. */
  disclaimer: text().optional().meta({
    title: 'Отказ от отговорност',
    description: 'Текстът за долния край на страницата и документите; {beneficiary} се заменя с името на водещата организация',
    multiline: true,
  }),
  /** A few plain sentences on the programme or funder. */
  description: text().optional().meta({
    title: 'Описание',
    description: 'Няколко прости изречения за програмата или дарителя; оставете празно, ако няма какво да се каже',
    multiline: true,
  }),
  /** Official website. */
  website: url().optional().meta({
    title: 'Уебсайт',
    description: 'Официалният сайт, пълен адрес, започващ с https://, напр. https://www.example.bg',
  }),
  /** The entry's own English text and address, all optional. */
  en: englishField(programmeEnglishSchema),
  /** Where the facts come from; for editors only. */
  note: editorNote(),
})
  .superRefine((programme, ctx) => {
    // Only a valid period decides; a wrong one has its own message already.
    if ((programme.period === '2014-2020' || programme.period === '2021-2027') && !programme.fund) {
      ctx.addIssue({ code: 'custom', path: ['fund'], message: 'липсва: програма на ЕС трябва да посочи фонда, напр. fund: ESF' });
    }
    if (programme.period === 'none' && programme.fund) {
      ctx.addIssue({ code: 'custom', path: ['fund'], message: 'е попълнено, а period е none; средства извън ЕС нямат фонд на ЕС' });
    }
  })
  .meta({ title: 'Програма', description: 'Една програма или частен дарител в content/programmes' });

export type ProgrammeData = z.output<typeof programmeSchema>;
