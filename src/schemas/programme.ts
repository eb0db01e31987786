/**
 * A funding programme or private funder: a YAML file in content/programmes. It carries what
 * the EU publicity rules need; whether a project owes the EU block is derived from it.
 */
import type { z } from 'astro/zod';
import { choice, group, text, url } from './fields.ts';

export const programmeSchema = group({
  /** Full name, e.g. Оперативна програма „Развитие на човешките ресурси“ 2014-2020. */
  name: text(),
  /** Short name used in lists, e.g. ОП РЧР 2014-2020. */
  shortName: text().optional(),
  /** EU programming period, or none for money that is not from the EU. */
  period: choice(['2014-2020', '2021-2027', 'none']),
  /** The EU fund (ESF = Европейски социален фонд, ESF+ = Европейски социален фонд+); only for EU programmes. */
  fund: choice(['ESF', 'ESF+']).optional(),
  /** The programme's CCI code, e.g. 2014BG05M9OP001. */
  cci: text().optional(),
  /** The managing authority, as an institution's name. */
  managingAuthority: text().optional(),
  /** The EU co-financing rate in percent, where known. */
  cofinancingRate: text().optional(),
  /** The sentence that states the funding on a project page. */
  fundingStatement: text().optional(),
  /** The disclaimer for the page footer and documents; {beneficiary} is replaced by the lead organization's name. */
  disclaimer: text().optional(),
  /** A few plain sentences on the programme or funder. */
  description: text().optional(),
  /** Official website. */
  website: url().optional(),
}).superRefine((programme, ctx) => {
  // Only a valid period decides; a wrong one has its own message already.
  if ((programme.period === '2014-2020' || programme.period === '2021-2027') && !programme.fund) {
    ctx.addIssue({ code: 'custom', path: ['fund'], message: 'липсва: програма на ЕС трябва да посочи фонда, напр. fund: ESF' });
  }
  if (programme.period === 'none' && programme.fund) {
    ctx.addIssue({ code: 'custom', path: ['fund'], message: 'е попълнено, а period е none; средства извън ЕС нямат фонд на ЕС' });
  }
});

export type ProgrammeData = z.output<typeof programmeSchema>;
