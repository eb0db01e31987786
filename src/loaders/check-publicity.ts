/**
 * The EU publicity check over content/: per project, each obligation with its rule and
 * outcome. Run by scripts/check-publicity.ts and by the build, after the content check.
 */
import { join } from 'node:path';
import { euFundingOf } from '../lib/eu-funding.ts';
import { checkPublicity, publicityFacts, worstOutcome, type ObligationResult, type Outcome } from '../lib/publicity.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import type { ProgrammeData } from '../schemas/programme.ts';
import type { ProjectData } from '../schemas/project.ts';
import { readCollection, readContentBody } from './content-file.ts';

export interface ProjectPublicity {
  file: string;
  title: string;
  kind: 'eu' | 'not-eu' | 'unknown';
  results: ObligationResult[];
  outcome: Outcome;
}

export function checkAllPublicity(root: string): ProjectPublicity[] {
  const programmes = new Map(readCollection<ProgrammeData>(root, COLLECTIONS.programmes).map((p) => [p.id, p.data]));
  return readCollection<ProjectData>(root, COLLECTIONS.projects).map(({ file, data }) => {
    const programme = (id: string) => {
      const p = programmes.get(id);
      if (!p) throw new Error(`${file}: unknown programme ${id} (run the content check first)`);
      return p;
    };
    const kind = euFundingOf(data.funding?.map((f) => programme(f.programme).period));
    const results = checkPublicity(publicityFacts(data, readContentBody(join(root, file)), programme));
    // Unstated funding cannot be checked: a warning, never a silent pass.
    const outcome = kind === 'unknown' ? 'warn' : worstOutcome(results);
    return { file, title: data.title, kind, results, outcome };
  });
}

const MARK: Record<Outcome, string> = { pass: '✓ изпълнено', warn: '! внимание', fail: '✗ ГРЕШКА' };

/** The report as text lines, and whether any obligation failed. */
export function publicityReport(projects: ProjectPublicity[]): { lines: string[]; failed: boolean } {
  const lines: string[] = [];
  for (const p of projects) {
    lines.push(`${p.title} (${p.file})`);
    if (p.kind === 'unknown') lines.push(`  ${MARK.warn}  източникът на финансиране не е посочен: задълженията за публичност на ЕС не могат да се проверят; добавете funding`);
    else if (p.kind === 'not-eu') lines.push('  — без средства от ЕС: няма задължения за публичност на ЕС');
    for (const r of p.results) lines.push(`  ${MARK[r.outcome]}  [${r.cites}] ${r.title}: ${r.detail}`);
  }
  const count = (o: Outcome) => projects.flatMap((p) => (p.kind === 'unknown' && o === 'warn' ? [1] : [])).length + projects.flatMap((p) => p.results).filter((r) => r.outcome === o).length;
  const failed = count('fail') > 0;
  lines.push('', `Проверка на публичността: ${count('fail')} грешки, ${count('warn')} предупреждения, ${projects.length} проекта.`);
  for (const p of projects) for (const r of p.results.filter((x) => x.outcome === 'fail')) lines.push(`  ✗ ${p.file}: [${r.cites}] ${r.title}: ${r.detail}`);
  return { lines, failed };
}
