/**
 * The open data at /danni/: one record per project in the shape of the EU list of operations
 * (Art. 49(3) of Regulation 2021/1060, Annex XII 1 of 1303/2013) plus the site's own facts,
 * and the CSV files made from those records. Pure: project views in, records and text out.
 * Unknown is null, never 0 or a guess.
 */
import type { Money } from './money.ts';
import { eurCents, toCents } from './money.ts';
import type { Currency, OtherSourceDateKind, OtherSourceKind } from '../schemas/enums.ts';
import type { ProjectStatus } from './period.ts';
import type { ProjectView } from './project-view.ts';
import { bgRoutes } from './routes.ts';

/**
 * NUTS 3 code of a province (област), NUTS 2021 (Commission Delegated Regulation (EU) 2019/1755,
 * in force from 1 January 2021). Each code checked against Eurostat's own NUTS 2021 data set,
 * github.com/eurostat/Nuts2json, pub/v2/2021/3035/nutspt_3.json (commit 4320600cb4c6), where
 * BG411 is "Sofia (stolitsa)", BG421 "Plovdiv", BG422 "Haskovo", BG344 "Stara Zagora".
 * Recorded in ../shared/reference/nuts-bg.md. A province not listed here gets null, never a guess.
 */
export const NUTS3_2021: Readonly<Record<string, string>> = {
  'София-град': 'BG411',
  Пловдив: 'BG421',
  Хасково: 'BG422',
  'Стара Загора': 'BG344',
};

export const nuts3Of = (province: string): string | null => NUTS3_2021[province] ?? null;

/** An amount as the source states it and in euro, both as decimal numbers with at most two places. */
export interface OpenMoney {
  amount: number;
  currency: Currency;
  amountEur: number;
}

export interface OpenFunding {
  programmeId: string;
  programme: string;
  fund: string | null;
  cci: string | null;
  euCofinancingRate: string | null;
  contractNumber: string | null;
  procedureCode: string | null;
  procedureName: string | null;
  priorityAxis: string | null;
  contractDate: string | null;
  grant: OpenMoney | null;
  euShare: OpenMoney | null;
  nationalShare: OpenMoney | null;
}

export interface OpenProject {
  id: string;
  url: string;
  dataUrl: string;
  title: string;
  summary: string;
  goal: string | null;
  beneficiary: { id: string; name: string; eik: string | null };
  partners: { id: string; name: string; role: string }[];
  startDate: string | null;
  endDate: string | null;
  currentEndDate: string | null;
  totalCost: OpenMoney | null;
  funding: OpenFunding[] | null;
  locations: { municipality: string; province: string; nuts3: string | null; settlements: string[] }[];
  country: 'BG';
  interventionType: null;
  status: ProjectStatus;
  statusReason: 'programme-period-ended' | null;
  reach: { year: number | null; date: string | null; total: number; unit: string }[];
  results: { expected: string[]; achieved: { text: string; date: string | null; year: number | null }[] };
  source: { publisher: string | null; title: string; url: string | null; date: string | null } | null;
  /** Every further source with the values it states; totalCost above follows the rule of src/lib/fact-sources.ts. */
  otherSources: {
    kind: OtherSourceKind;
    name: string;
    url: string | null;
    date: string;
    dateKind: OtherSourceDateKind;
    totalCost: OpenMoney | null;
    grant: OpenMoney | null;
    ownContribution: OpenMoney | null;
    paid: OpenMoney | null;
    status: string | null;
    contractNumber: string | null;
    programmeId: string | null;
    contractDate: string | null;
    months: number | null;
    start: string | null;
    end: string | null;
    note: string | null;
  }[];
  checked: string | null;
}

/** What a record needs beyond the view: the site's address and facts about organizations and programmes. */
export interface OpenDataContext {
  site: string | URL;
  organization(id: string): { name: string; eik?: string };
  programme(id: string): { name: string; fund?: string; cci?: string; cofinancingRate?: string };
}

/** „443748.6“ from cents, exactly: the decimal text is built from integers. */
export function centsToNumber(cents: bigint): number {
  return Number(`${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`);
}

function openMoney(money: Money | undefined): OpenMoney | null {
  if (!money) return null;
  return { amount: centsToNumber(toCents(money.amount)), currency: money.currency, amountEur: centsToNumber(eurCents(money)) };
}

export function openProject(view: ProjectView, context: OpenDataContext): OpenProject {
  const { data } = view;
  const lead = context.organization(data.lead);
  const extensions = data.period?.extensions ?? [];
  const lastExtensionEnd = [...extensions].reverse().find((e) => e.end)?.end;
  const shownTotal = view.factSources.totalCost?.shown.source.index;
  return {
    id: view.id,
    url: new URL(bgRoutes.project(view), context.site).href,
    dataUrl: new URL(bgRoutes.projectData(view), context.site).href,
    title: data.title,
    summary: data.summary,
    goal: data.goal ?? null,
    beneficiary: { id: data.lead, name: lead.name, eik: lead.eik ?? null },
    partners: data.partners.map((p) => ({ id: p.organization, name: context.organization(p.organization).name, role: p.role })),
    startDate: data.period?.start ?? null,
    endDate: data.period?.end ?? null,
    currentEndDate: lastExtensionEnd ?? data.period?.end ?? null,
    // The same value the pages show first (src/lib/fact-sources.ts); the others stay in otherSources.
    totalCost: openMoney(shownTotal === undefined ? data.totalCost : data.otherSources[shownTotal]?.totalCost),
    funding:
      data.funding?.map((f) => {
        const programme = context.programme(f.programme);
        return {
          programmeId: f.programme,
          programme: programme.name,
          fund: programme.fund ?? null,
          cci: programme.cci ?? null,
          euCofinancingRate: programme.cofinancingRate ?? null,
          contractNumber: f.contractNumber ?? null,
          procedureCode: f.procedureCode ?? null,
          procedureName: f.procedureName ?? null,
          priorityAxis: f.priorityAxis ?? null,
          contractDate: f.contractDate ?? null,
          grant: openMoney(f.grant),
          euShare: openMoney(f.euShare),
          nationalShare: openMoney(f.nationalShare),
        };
      }) ?? null,
    locations: data.places.map((p) => ({ municipality: p.municipality, province: p.province, nuts3: nuts3Of(p.province), settlements: p.settlements })),
    country: 'BG',
    interventionType: null,
    status: view.status,
    statusReason: view.statusReason?.kind ?? null,
    reach: data.reach.map((r) => ({ year: r.year ?? null, date: r.date ?? null, total: r.total, unit: r.unit })),
    results: {
      expected: data.results.expected,
      achieved: data.results.achieved.map((r) => ({ text: r.text, date: r.date ?? null, year: r.year ?? null })),
    },
    source: data.source
      ? { publisher: data.source.publisher ?? null, title: data.source.title, url: data.source.url ?? null, date: data.source.date ?? null }
      : null,
    otherSources: (data.otherSources ?? []).map((o) => ({
      kind: o.kind,
      name: o.name,
      url: o.url ?? null,
      date: o.date,
      dateKind: o.dateKind,
      totalCost: openMoney(o.totalCost),
      grant: openMoney(o.grant),
      ownContribution: openMoney(o.ownContribution),
      paid: openMoney(o.paid),
      status: o.status ?? null,
      contractNumber: o.contractNumber ?? null,
      programmeId: o.programme ?? null,
      contractDate: o.contractDate ?? null,
      months: o.months ?? null,
      start: o.start ?? null,
      end: o.end ?? null,
      note: o.note ?? null,
    })),
    checked: view.checked ?? null,
  };
}

type Cell = string | number | null | undefined;

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: UTF-8 byte order mark (so Excel reads Cyrillic), CRLF line ends. */
export function toCsv(header: readonly string[], rows: Cell[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

const joined = (values: (string | null | undefined)[]) => {
  const present = values.filter((v): v is string => Boolean(v));
  return present.length ? present.join('; ') : null;
};
const unique = (values: (string | null | undefined)[]) => [...new Set(values)];

export const PROJECT_COLUMNS = [
  'id',
  'url',
  'title',
  'summary',
  'beneficiary',
  'beneficiaryEik',
  'partners',
  'startDate',
  'endDate',
  'currentEndDate',
  'totalCostEur',
  'totalCostAmount',
  'totalCostCurrency',
  'funds',
  'programmes',
  'contractNumbers',
  'municipalities',
  'provinces',
  'nuts3',
  'country',
  'status',
  'statusReason',
  'reach',
  'expectedResults',
  'achievedResults',
  'sourceTitle',
  'sourceUrl',
  'sourceDate',
  'checked',
] as const;

/** proekti.csv: one row per project. Lists inside a cell are joined with „; “. */
export function projectsCsv(projects: OpenProject[]): string {
  return toCsv(
    PROJECT_COLUMNS,
    projects.map((p) => [
      p.id,
      p.url,
      p.title,
      p.summary,
      p.beneficiary.name,
      p.beneficiary.eik,
      joined(p.partners.map((x) => x.name)),
      p.startDate,
      p.endDate,
      p.currentEndDate,
      p.totalCost?.amountEur,
      p.totalCost?.amount,
      p.totalCost?.currency,
      joined(unique(p.funding?.map((f) => f.fund) ?? [])),
      joined(unique(p.funding?.map((f) => f.programme) ?? [])),
      joined(p.funding?.map((f) => f.contractNumber) ?? []),
      joined(p.locations.map((l) => l.municipality)),
      joined(unique(p.locations.map((l) => l.province))),
      joined(unique(p.locations.map((l) => l.nuts3))),
      p.country,
      p.status,
      p.statusReason,
      joined(p.reach.map((r) => `${r.date ?? r.year}: ${r.total} ${r.unit}`)),
      joined(p.results.expected),
      joined(p.results.achieved.map((r) => r.text)),
      p.source?.title,
      p.source?.url,
      p.source?.date,
      p.checked,
    ]),
  );
}

export const FUNDING_COLUMNS = [
  'projectId',
  'projectTitle',
  'programmeId',
  'programme',
  'fund',
  'cci',
  'euCofinancingRate',
  'contractNumber',
  'procedureCode',
  'procedureName',
  'priorityAxis',
  'contractDate',
  'grantEur',
  'grantAmount',
  'grantCurrency',
  'euShareEur',
  'euShareAmount',
  'euShareCurrency',
  'nationalShareEur',
  'nationalShareAmount',
  'nationalShareCurrency',
] as const;

const moneyCells = (m: OpenMoney | null): Cell[] => [m?.amountEur, m?.amount, m?.currency];

/** finansirane.csv: one row per funding source; projects whose funding is not stated have none. */
export function fundingCsv(projects: OpenProject[]): string {
  return toCsv(
    FUNDING_COLUMNS,
    projects.flatMap((p) =>
      (p.funding ?? []).map((f) => [
        p.id,
        p.title,
        f.programmeId,
        f.programme,
        f.fund,
        f.cci,
        f.euCofinancingRate,
        f.contractNumber,
        f.procedureCode,
        f.procedureName,
        f.priorityAxis,
        f.contractDate,
        ...moneyCells(f.grant),
        ...moneyCells(f.euShare),
        ...moneyCells(f.nationalShare),
      ]),
    ),
  );
}
