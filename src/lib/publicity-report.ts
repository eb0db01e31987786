/**
 * The publicity report at any number of projects: the summary page shows counts (per
 * programme, per rule and outcome), and each programme's projects are listed on pages of their
 * own, so that no page grows with the catalogue.
 */
import { worstOutcome, type ObligationResult, type Outcome } from './publicity.ts';

export type OutcomeCounts = Record<Outcome, number>;

const zero = (): OutcomeCounts => ({ pass: 0, warn: 0, fail: 0, browser: 0 });

export interface RuleTally {
  id: string;
  title: string;
  counts: OutcomeCounts;
}

/** How many projects each rule passed, warned about, failed or left to the browser, in first-seen order. */
export function tallyByRule(results: ObligationResult[][]): RuleTally[] {
  const rules = new Map<string, RuleTally>();
  for (const project of results) {
    for (const r of project) {
      const tally = rules.get(r.id) ?? { id: r.id, title: r.title, counts: zero() };
      tally.counts[r.outcome] += 1;
      rules.set(r.id, tally);
    }
  }
  return [...rules.values()];
}

export interface PublicityGroup<P> {
  /** The programme's id, or UNCHECKABLE for projects whose funding is not stated. */
  slug: string;
  projects: P[];
  /** How many of the projects have an error, a warning at worst, or pass (the browser rule aside). */
  worst: Record<'pass' | 'warn' | 'fail', number>;
}

/** The group of projects whose funding source is not stated, so nothing can be checked. */
export const UNCHECKABLE = 'neproveryaemi';

/**
 * The EU-funded projects by programme (a project with two EU programmes is in both), in the
 * order of `programmeIds`, then the projects that cannot be checked; empty groups left out.
 */
export function groupForReport<P extends { id: string }>(
  eu: P[],
  unknown: P[],
  programmeIds: string[],
  programmesOf: (project: P) => string[],
  resultsOf: (id: string) => ObligationResult[],
): PublicityGroup<P>[] {
  const byProgramme = new Map<string, P[]>(programmeIds.map((id) => [id, []]));
  for (const project of eu) for (const id of new Set(programmesOf(project))) byProgramme.get(id)?.push(project);
  const group = (slug: string, projects: P[]): PublicityGroup<P> => {
    const worst = { pass: 0, warn: 0, fail: 0 };
    for (const p of projects) worst[worstOutcome(resultsOf(p.id))] += 1;
    return { slug, projects, worst };
  };
  return [...[...byProgramme].map(([slug, projects]) => group(slug, projects)), group(UNCHECKABLE, unknown)].filter((g) => g.projects.length > 0);
}
