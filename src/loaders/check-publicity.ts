/**
 * The EU publicity check of one project, and the report of all of them: per project, each
 * obligation with its rule and outcome. The projects are read by checkEverything.
 */
import { euFundingOf } from '../lib/eu-funding.ts';
import { checkPublicity, publicityFacts, worstOutcome, type ObligationResult, type Outcome, type ProgrammeTexts } from '../lib/publicity.ts';
import type { ProjectData } from '../schemas/project.ts';

export interface ProjectPublicity {
  file: string;
  title: string;
  kind: 'eu' | 'not-eu' | 'unknown';
  results: ObligationResult[];
  outcome: Outcome;
}

/** One valid project, with valid programmes for every funding source. */
export function projectPublicity(file: string, data: ProjectData, body: string, programme: (id: string) => ProgrammeTexts): ProjectPublicity {
  const kind = euFundingOf(data.funding?.map((f) => programme(f.programme).period));
  const results = checkPublicity(publicityFacts(data, body, programme));
  // Unstated funding cannot be checked: a warning, never a silent pass.
  const outcome = kind === 'unknown' ? 'warn' : worstOutcome(results);
  return { file, title: data.title, kind, results, outcome };
}

const MARK: Record<Outcome, string> = { pass: '✓ изпълнено', warn: '! внимание', fail: '✗ ГРЕШКА' };

/** Warnings and failures over all projects; unstated funding counts as one warning. */
export function publicityCounts(projects: ProjectPublicity[]): Record<Outcome, number> {
  const count = (o: Outcome) => projects.filter((p) => p.kind === 'unknown' && o === 'warn').length + projects.flatMap((p) => p.results).filter((r) => r.outcome === o).length;
  return { pass: count('pass'), warn: count('warn'), fail: count('fail') };
}

/** The report as text lines, and whether any obligation failed. */
export function publicityReport(projects: ProjectPublicity[]): { lines: string[]; failed: boolean } {
  const lines: string[] = [];
  for (const p of projects) {
    lines.push(`${p.title} (${p.file})`);
    if (p.kind === 'unknown') lines.push(`  ${MARK.warn}  източникът на финансиране не е посочен: задълженията за публичност на ЕС не могат да се проверят; добавете funding`);
    else if (p.kind === 'not-eu') lines.push('  — без средства от ЕС: няма задължения за публичност на ЕС');
    for (const r of p.results) lines.push(`  ${MARK[r.outcome]}  [${r.cites}] ${r.title}: ${r.detail}`);
  }
  const counts = publicityCounts(projects);
  lines.push('', `Проверка на публичността: ${counts.fail} грешки, ${counts.warn} предупреждения, ${projects.length} проекта.`);
  for (const p of projects) for (const r of p.results.filter((x) => x.outcome === 'fail')) lines.push(`  ✗ ${p.file}: [${r.cites}] ${r.title}: ${r.detail}`);
  return { lines, failed: counts.fail > 0 };
}
