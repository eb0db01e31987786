/**
 * The key facts of a project as keys and values (never prose): the summary list under a
 * project's title, the facts on its card, and the order of the newest projects. Pure: a
 * ProjectView in, data out; components turn it into words. An amount the content does not
 * state stays unstated: nothing here adds, subtracts or splits money.
 */
import { worthSaying, type FactChoice, type SourcedFact } from './fact-sources.ts';
import type { MoneyView } from './money.ts';
import type { DateSpan, Duration, ProjectStatus, StatusReason } from './period.ts';
import type { OrganizationSummary, ProjectView } from './project-view.ts';

/** The anchors of a project page's sections, so that the key facts link down to them. */
export const PROJECT_SECTIONS = {
  about: 'za-proekta',
  goals: 'tseli',
  activities: 'deynosti',
  targetGroups: 'tselevi-grupi',
  results: 'rezultati',
  funding: 'finansirane',
  period: 'period',
  organizations: 'organizatsii',
  places: 'mesta',
  contacts: 'kontakti',
  documents: 'dokumenti',
  news: 'novini',
  source: 'iztochnik',
} as const;

export type SectionName = keyof typeof PROJECT_SECTIONS;

export type KeyFactKey = 'lead' | 'partners' | 'places' | 'period' | 'status' | 'reach' | 'totalCost' | 'grant' | 'euShare' | 'programme' | 'contract';

export interface Places {
  municipalities: string[];
  provinces: string[];
}

export interface Reach {
  total: number;
  unit: string;
  /** The day (ISO) or the year the figure refers to. */
  date?: string;
  year?: number;
}

export type KeyFactValue =
  | { kind: 'notStated' }
  /** Funding is stated and none of it is EU money. */
  | { kind: 'notEu' }
  | { kind: 'organizations'; organizations: OrganizationSummary[] }
  | { kind: 'places'; places: Places }
  | { kind: 'period'; dates?: DateSpan; duration?: Duration }
  | { kind: 'status'; status: ProjectStatus; reason?: StatusReason }
  | { kind: 'reach'; reach: Reach }
  | { kind: 'money'; amounts: MoneyView[] }
  | { kind: 'programmes'; programmes: { id: string; name: string; eu: boolean }[] }
  | { kind: 'codes'; codes: string[] }
  /** Names given by a further source only, e.g. the register's programme. */
  | { kind: 'named'; names: string[] };

export interface KeyFact {
  key: KeyFactKey;
  /** The anchor of the section that tells more. */
  section: (typeof PROJECT_SECTIONS)[SectionName];
  value: KeyFactValue;
  /** What further sources say of this fact (src/lib/fact-sources.ts), shown beside the value. */
  sources?: { fact: SourcedFact; choice: FactChoice }[];
}

const NOT_STATED: KeyFactValue = { kind: 'notStated' };
const unique = <T>(items: T[]) => [...new Set(items)];

export function placesOf(project: ProjectView): Places {
  return { municipalities: unique(project.data.places.map((p) => p.municipality)), provinces: project.provinces };
}

/** The reach figure a visitor looks for first: the latest one the content gives. */
export function latestReach(project: ProjectView): Reach | undefined {
  const when = (r: Reach) => r.date ?? (r.year === undefined ? '' : `${r.year}-99`);
  const sorted = [...project.data.reach].sort((a, b) => when(b).localeCompare(when(a)));
  const first = sorted[0];
  return first && { total: first.total, unit: first.unit, date: first.date, year: first.year };
}

/** The rows of the summary list under a project's title, in the order a visitor reads them. */
export function keyFacts(project: ProjectView): KeyFact[] {
  const S = PROJECT_SECTIONS;
  const facts: KeyFact[] = [{ key: 'lead', section: S.organizations, value: { kind: 'organizations', organizations: [project.lead] } }];
  if (project.partners.length) {
    facts.push({ key: 'partners', section: S.organizations, value: { kind: 'organizations', organizations: project.partners.map((p) => p.organization) } });
  }
  const places = placesOf(project);
  facts.push({ key: 'places', section: S.places, value: places.municipalities.length ? { kind: 'places', places } : NOT_STATED });
  facts.push({
    key: 'period',
    section: S.period,
    value: project.dates || project.duration ? { kind: 'period', dates: project.dates, duration: project.duration } : NOT_STATED,
  });
  facts.push({ key: 'status', section: S.period, value: { kind: 'status', status: project.status, reason: project.statusReason } });
  const reach = latestReach(project);
  if (reach) facts.push({ key: 'reach', section: S.results, value: { kind: 'reach', reach } });

  const funding = project.funding;
  facts.push({ key: 'totalCost', section: S.funding, value: project.totalCost ? { kind: 'money', amounts: [project.totalCost] } : NOT_STATED });
  if (funding) {
    const grants = funding.flatMap((f) => (f.grant ? [f.grant] : []));
    facts.push({ key: 'grant', section: S.funding, value: grants.length ? { kind: 'money', amounts: grants } : NOT_STATED });
  }
  facts.push({ key: 'euShare', section: S.funding, value: euShareValue(project) });
  facts.push({
    key: 'programme',
    section: S.funding,
    value: funding
      ? {
          kind: 'programmes',
          programmes: [...new Map(funding.map((f) => [f.programme.id, f.programme])).values()].map((p) => ({
            id: p.id,
            name: p.name,
            eu: p.period !== 'none',
          })),
        }
      : NOT_STATED,
  });
  const codes = (funding ?? []).flatMap((f) => (f.contractNumber ? [f.contractNumber] : []));
  // Auditors look for the contract of EU money; for other money it is shown only when stated (by any source).
  if (codes.length || project.euFunding === 'eu' || project.factSources.contractNumber) {
    facts.push({ key: 'contract', section: S.funding, value: codes.length ? { kind: 'codes', codes } : NOT_STATED });
  }
  return facts.map((f) => withSources(f, project));
}

/** The sourced facts each row speaks for. */
const ROW_FACTS: Partial<Record<KeyFactKey, SourcedFact[]>> = {
  period: ['start', 'end', 'months'],
  status: ['status'],
  totalCost: ['totalCost'],
  programme: ['programme'],
  contract: ['contractNumber', 'contractDate'],
};

function withSources(fact: KeyFact, project: ProjectView): KeyFact {
  const sources = (ROW_FACTS[fact.key] ?? []).flatMap((name) => {
    const choice = project.factSources[name];
    return choice && worthSaying(choice) ? [{ fact: name, choice }] : [];
  });
  if (!sources.length) return fact;
  // A fact only further sources state is shown by their first value, never left as „не е посочено“.
  const value: KeyFactValue =
    fact.value.kind !== 'notStated'
      ? fact.value
      : fact.key === 'contract' && project.factSources.contractNumber
        ? { kind: 'codes', codes: [String(project.factSources.contractNumber.shown.value)] }
        : fact.key === 'programme' && project.factSources.programme
          ? { kind: 'named', names: [String(project.factSources.programme.shown.value)] }
          : fact.value;
  return { ...fact, value, sources };
}

/** The EU money only as the content states it: never derived from a rate or a total. */
function euShareValue(project: ProjectView): KeyFactValue {
  if (project.euFunding === 'not-eu') return { kind: 'notEu' };
  const shares = (project.funding ?? []).flatMap((f) => (f.euShare ? [f.euShare] : []));
  return shares.length ? { kind: 'money', amounts: shares } : NOT_STATED;
}

/** What a card shows about a project besides its title. */
export interface CardFacts {
  places: Places;
  dates?: DateSpan;
  duration?: Duration;
  status: ProjectStatus;
  /** The total cost, else the grant of the only source that states one, else nothing. */
  mainAmount?: { kind: 'totalCost' | 'grant'; money: MoneyView };
}

export function cardFacts(project: ProjectView): CardFacts {
  const grants = (project.funding ?? []).flatMap((f) => (f.grant ? [f.grant] : []));
  const mainAmount = project.totalCost
    ? { kind: 'totalCost' as const, money: project.totalCost }
    : grants.length === 1
      ? { kind: 'grant' as const, money: grants[0]! }
      : undefined;
  return { places: placesOf(project), dates: project.dates, duration: project.duration, status: project.status, mainAmount };
}

/**
 * Projects newest first, by the latest date their content gives (start, contract, or the
 * date of its source); projects without any date last, then by title.
 */
export function newestFirst(projects: ProjectView[]): ProjectView[] {
  const latest = (p: ProjectView) =>
    [p.data.period?.start, p.data.source?.date, ...(p.data.funding ?? []).map((f) => f.contractDate)]
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1) ?? '';
  return [...projects].sort((a, b) => latest(b).localeCompare(latest(a)) || a.data.title.localeCompare(b.data.title, 'bg'));
}
