/**
 * Everything a project page shows that is derived rather than written: status at the build
 * date, period texts, amounts in euro, whether the EU block is owed. Pure: data in, data out.
 */
import type { ProjectData } from '../schemas/project.ts';
import type { IsoDate } from './dates.ts';
import { emblemCaption, euFundingOf, type EmblemLine, type EuFund, type EuFunding, type ProgrammePeriod } from './eu-funding.ts';
import { moneyView, type Money, type MoneyView } from './money.ts';
import { datesOf, deriveStatus, durationOf, type DateSpan, type Duration, type ProjectStatus, type StatusReason } from './period.ts';
import type { Source } from './source.ts';
import { factSources, type FactChoice, type SourcedFact } from './fact-sources.ts';
import { inTenseOf } from './tense.ts';

export interface ProgrammeSummary {
  id: string;
  name: string;
  shortName?: string;
  period: ProgrammePeriod;
  fund?: EuFund;
  fundingStatement?: string;
  disclaimer?: string;
}

export interface OrganizationSummary {
  id: string;
  name: string;
}

export interface FundingRow {
  programme: ProgrammeSummary;
  contractNumber?: string;
  procedure?: string;
  priorityAxis?: string;
  contractDate?: IsoDate;
  grant?: MoneyView;
  euShare?: MoneyView;
  nationalShare?: MoneyView;
}

export interface EuBlock {
  /** The words beside the emblem, as keys of the strings tables' `eu.caption`. */
  caption: EmblemLine[];
  fund?: EuFund;
  programmeName: string;
  contractNumbers: string[];
  /** The programme's funding statement, naming this project where the programme's text says {project}. */
  statement?: string;
}

export interface FunderCredit {
  funder: string;
  /** The programme's funding statement, in the project's tense; absent when the programme has none. */
  statement?: string;
}

export interface ProjectView {
  id: string;
  data: ProjectData;
  /** The day an editor last checked the facts (ISO), from the project's `checked`; not the source's date. */
  checked?: IsoDate;
  /** Where the facts come from, with the source's own date; undefined when the content names none. */
  source?: Source;
  status: ProjectStatus;
  /** Set when the status is derived from the programme period rather than the project's dates. */
  statusReason?: StatusReason;
  dates?: DateSpan;
  duration?: Duration;
  euFunding: EuFunding;
  /** One block per EU programme the project is funded from; empty when none is owed. */
  euBlocks: EuBlock[];
  /** How non-EU funders are credited: the programme's own statement, or the strings tables' `eu.supportedBy`. */
  funderCredits: FunderCredit[];
  /** The disclaimers the EU programmes ask for, with the beneficiary's name filled in. */
  disclaimers: string[];
  /** The total cost shown first: per the rule of src/lib/fact-sources.ts when other sources state one. */
  totalCost?: MoneyView;
  /** The key facts further sources state, each with the value shown first and the others (src/lib/fact-sources.ts). */
  factSources: Partial<Record<SourcedFact, FactChoice>>;
  /** Undefined when the funding is not stated. */
  funding?: FundingRow[];
  lead: OrganizationSummary;
  partners: { organization: OrganizationSummary; role: string }[];
  provinces: string[];
}

export interface Lookups {
  organization(id: string): OrganizationSummary;
  programme(id: string): ProgrammeSummary;
}

const displayOptional = (money: Money | undefined) => (money ? moneyView(money) : undefined);

export function buildProjectView(id: string, data: ProjectData, lookups: Lookups, today: IsoDate): ProjectView {
  const funding = data.funding?.map((source): FundingRow => ({
    programme: lookups.programme(source.programme),
    contractNumber: source.contractNumber,
    procedure: [source.procedureCode, source.procedureName && `„${source.procedureName}“`].filter(Boolean).join(' ') || undefined,
    priorityAxis: source.priorityAxis,
    contractDate: source.contractDate,
    grant: displayOptional(source.grant),
    euShare: displayOptional(source.euShare),
    nationalShare: displayOptional(source.nationalShare),
  }));
  const lead = lookups.organization(data.lead);
  const derived = deriveStatus(data.period, funding?.map((f) => f.programme.period) ?? [], today);
  const status = derived.status;
  // A finished project's set sentences speak of it in the past.
  const tensed = (sentence: string) => inTenseOf(status, sentence);
  const first = data.funding?.[0];
  const sourced = factSources(
    {
      source: data.source,
      totalCost: data.totalCost,
      contractNumber: first?.contractNumber,
      programme: first?.programme,
      contractDate: first?.contractDate,
      months: data.period?.months,
      start: data.period?.start,
      end: data.period?.end,
    },
    data.otherSources,
  );
  // Shown by name, like every programme on the page.
  if (sourced.programme) {
    const named = (v: { value: unknown; source: FactChoice['shown']['source'] }) => ({ ...v, value: lookups.programme(String(v.value)).name });
    sourced.programme = { ...sourced.programme, shown: named(sourced.programme.shown), others: sourced.programme.others.map(named) };
  }
  const programmes = [...new Map((funding ?? []).map((f) => [f.programme.id, f.programme])).values()];
  return {
    id,
    data,
    funderCredits: programmes
      .filter((p) => p.period === 'none')
      .map((p) => ({ funder: p.name, ...(p.fundingStatement ? { statement: tensed(fillStatement(p.fundingStatement, data.title)) } : {}) })),
    disclaimers: programmes.filter((p) => p.period !== 'none' && p.disclaimer).map((p) => fillDisclaimer(p.disclaimer!, lead.name)),
    checked: data.checked,
    source: data.source,
    status,
    statusReason: derived.reason,
    dates: data.period && datesOf(data.period),
    duration: data.period && durationOf(data.period),
    euFunding: euFundingOf(funding?.map((f) => f.programme.period)),
    euBlocks: euBlocksOf(funding ?? [], data.title).map((block) => ({ ...block, statement: block.statement && tensed(block.statement) })),
    totalCost: (sourced.totalCost?.shown.value as MoneyView | undefined) ?? displayOptional(data.totalCost),
    factSources: sourced,
    funding,
    lead,
    partners: data.partners.map((p) => ({ organization: lookups.organization(p.organization), role: p.role })),
    provinces: [...new Set(data.places.map((p) => p.province))],
  };
}

/** A programme's disclaimer with the beneficiary named where it says {beneficiary}. */
export function fillDisclaimer(text: string, beneficiary: string): string {
  return text.replaceAll('{beneficiary}', beneficiary);
}

/** A programme's funding statement naming the project where it says {project}. */
export function fillStatement(text: string, project: string): string {
  return text.replaceAll('{project}', project);
}

/** One block per EU programme, with every contract number under it. */
function euBlocksOf(funding: FundingRow[], title: string): EuBlock[] {
  const byProgramme = new Map<string, EuBlock>();
  for (const row of funding) {
    const { programme } = row;
    if (programme.period === 'none') continue;
    const block = byProgramme.get(programme.id) ?? {
      caption: emblemCaption(programme.period, programme.fund),
      ...(programme.fund ? { fund: programme.fund } : {}),
      programmeName: programme.name,
      contractNumbers: [],
      statement: programme.fundingStatement && fillStatement(programme.fundingStatement, title),
    };
    if (row.contractNumber) block.contractNumbers.push(row.contractNumber);
    byProgramme.set(programme.id, block);
  }
  return [...byProgramme.values()];
}
