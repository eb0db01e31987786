/**
 * The EU publicity check of one project, and the report of all of them: per project, each
 * obligation with its rule and outcome, in the words of the report page
 * (/informatsia-i-publichnost/). The projects are read by checkEverything.
 */
import { projectPublicity, RULES_VERSION, type ProgrammeTexts, type ProjectPublicity } from '../lib/publicity.ts';
import { formatDateBg } from '../lib/dates.ts';
import type { ProjectData } from '../schemas/project.ts';
import { strings } from '../i18n/index.ts';
import { DEFAULT_LANG } from '../i18n/lang.ts';

// Bulgarian until this module takes the page language.
const ui = strings(DEFAULT_LANG);

/** A project's publicity (src/lib/publicity.ts) with the file and title the report names it by. */
export interface PublicityEntry extends ProjectPublicity {
  file: string;
  title: string;
}

/** One valid project, with valid programmes for every funding source. */
export function publicityEntry(file: string, data: ProjectData, body: string, programme: (id: string) => ProgrammeTexts): PublicityEntry {
  return { file, title: data.title, ...projectPublicity(data, body, programme) };
}

type Counted = 'pass' | 'warn' | 'fail' | 'browser';

/** Outcomes over all projects; unstated funding counts as one warning. */
export function publicityCounts(projects: PublicityEntry[]): Record<Counted, number> {
  const count = (o: Counted) =>
    projects.filter((p) => p.kind === 'unknown' && o === 'warn').length + projects.flatMap((p) => p.results).filter((r) => r.outcome === o).length;
  return { pass: count('pass'), warn: count('warn'), fail: count('fail'), browser: count('browser') };
}

/** The report as text lines, and whether any obligation failed. */
export function publicityReport(projects: PublicityEntry[]): { lines: string[]; failed: boolean } {
  const t = ui.publicity;
  const mark = (o: Counted) => `${t.mark[o]} ${t.outcome[o]}`;
  const lines: string[] = [`${t.version}: ${RULES_VERSION.number} от ${formatDateBg(RULES_VERSION.date)}`, ''];
  for (const p of projects) {
    lines.push(`${p.title} (${p.file})`);
    if (p.kind === 'unknown') lines.push(`  ${mark('warn')}: ${t.unknownText}`);
    else if (p.kind === 'not-eu') lines.push(`  – ${t.notEu}`);
    for (const r of p.results)
      lines.push(
        `  ${mark(r.outcome)}: ${r.title} – ${r.detail}`,
        `      ${r.basis === 'national-practice' ? t.basis['national-practice'] : t.basis['eu-law']}: ${r.cites}`,
      );
  }
  const counts = publicityCounts(projects);
  lines.push(
    '',
    `Проверка на публичността: ${counts.fail} грешки, ${counts.warn} предупреждения, ${counts.browser} проверки в браузър (${ui.publicity.browserWhere}), ${projects.length} проекта.`,
  );
  for (const p of projects)
    for (const r of p.results.filter((x) => x.outcome === 'fail')) lines.push(`  ${t.mark.fail} ${p.file}: ${r.title} – ${r.detail} (${r.cites})`);
  return { lines, failed: counts.fail > 0 };
}
