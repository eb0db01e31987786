/**
 * The register's Excel export (ИСУН 2020, „Проекти“ → Excel) read into records, and the plan
 * of what an import writes: pure, so the command (scripts/import-isun.ts) only reads and writes
 * files. The columns are found by their header texts: a changed export fails loudly. A bad row
 * is reported by row and column and skipped; nothing an editor wrote is ever overwritten.
 */
import type { Money } from './money.ts';
import { eurCents, toCents } from './money.ts';
import { programmeOfCell, type CodeMatch } from './programme-codes.ts';

/** The 15 columns of the export, in its order (shared/reference/other-sources.md). */
export const ISUN_COLUMNS = {
  programme: 'Програма',
  beneficiary: 'Бенефициент',
  orgType: 'Тип на организацията',
  orgKind: 'Вид на организацията',
  orgForm: 'Форма на организацията',
  seat: 'Седалище',
  location: 'Местонахождение',
  contractNumber: 'Номер на проектно предложение',
  title: 'Наименование на проекта',
  totalCost: 'Обща стойност',
  grant: 'БФП',
  ownContribution: 'Собствено съфинансиране от бенефициента',
  paid: 'Реално изплатени суми',
  months: 'Продължителност (месеци)',
  status: 'Статус на изпълнение на договора/заповедта за БФП',
} as const;
export type IsunColumn = keyof typeof ISUN_COLUMNS;

export type Cell = string | number | null | undefined;

export interface IsunRecord {
  /** The row's number in the sheet (1-based), for messages. */
  row: number;
  programmeCell: string;
  programme: CodeMatch;
  beneficiaryName: string;
  eik?: string;
  location?: string;
  contractNumber: string;
  title: string;
  totalCost?: Money;
  grant?: Money;
  ownContribution?: Money;
  paid?: Money;
  months?: number;
  status?: string;
}

export interface RowProblem {
  row: number;
  column?: string;
  message: string;
}

const norm = (cell: Cell) =>
  String(cell ?? '')
    .replace(/\s+/g, ' ')
    .trim();
/** BG05M9OP001-2.004-0049, BG05SFPR002-2.003-0107; a suffix such as -C01 for a later version. */
const CONTRACT = /^[A-Z]{2}\d{2}[A-Z0-9]{5,8}-\d+\.\d{3}-\d{4}(-C\d{2})?$/;

/** The header row: the first whose cells hold all 15 column titles. Throws naming what is missing. */
export function findHeader(rows: Cell[][]): { index: number; columns: Record<IsunColumn, number> } {
  let best: { index: number; missing: string[] } | undefined;
  for (const [index, row] of rows.entries()) {
    const cells = row.map(norm);
    const columns = {} as Record<IsunColumn, number>;
    const missing: string[] = [];
    for (const [key, title] of Object.entries(ISUN_COLUMNS) as [IsunColumn, string][]) {
      const at = cells.indexOf(title);
      if (at < 0) missing.push(title);
      else columns[key] = at;
    }
    if (!missing.length) return { index, columns };
    if (missing.length < 15 && (!best || missing.length < best.missing.length)) best = { index, missing };
  }
  throw new Error(
    best
      ? `Редът със заглавията (ред ${best.index + 1}) няма колоните: ${best.missing.map((m) => `„${m}“`).join(', ')}. Форматът на експорта от ИСУН се е променил; вносът спира, за да не сбърка колоните.`
      : 'Във файла няма ред със заглавията на колоните на ИСУН 2020 (Програма, Бенефициент, … Статус). Това експорт от ИСУН 2020 („Проекти“ → Excel) ли е?',
  );
}

/** An amount: a number cell, or text such as „775 181,72“; undefined when empty. Throws on text. */
export function parseAmount(cell: Cell): Money | undefined {
  if (cell === null || cell === undefined || norm(cell) === '') return undefined;
  const n =
    typeof cell === 'number'
      ? cell
      : Number(
          norm(cell)
            .replace(/[\s\u00a0]/g, '')
            .replace(',', '.'),
        );
  const rounded = Math.round(n * 100) / 100;
  toCents(rounded); // throws for a negative or non-finite number
  if (!Number.isFinite(n)) throw new RangeError('not a number');
  // Amounts in the export are in euro since the register's conversion on 1 January 2026.
  return { amount: rounded, currency: 'EUR' };
}

/** Reads the rows after the header up to the „Забележки:“ block; bad rows are reported and skipped. */
export function readIsunRows(rows: Cell[][], programmes: Map<string, string>): { records: IsunRecord[]; problems: RowProblem[] } {
  const { index, columns } = findHeader(rows);
  const records: IsunRecord[] = [];
  const problems: RowProblem[] = [];
  for (let i = index + 1; i < rows.length; i++) {
    const row = rows[i]!;
    const cell = (key: IsunColumn) => row[columns[key]];
    const rowNo = i + 1;
    if (row.every((c) => norm(c) === '')) continue;
    if (norm(row[0]).startsWith('Забележки')) break;
    const bad: RowProblem[] = [];
    const problem = (key: IsunColumn, message: string) => bad.push({ row: rowNo, column: ISUN_COLUMNS[key], message });
    const contractNumber = norm(cell('contractNumber'));
    if (!CONTRACT.test(contractNumber)) problem('contractNumber', `„${contractNumber}“ не е номер на договор като BG05M9OP001-2.004-0049`);
    const amount = (key: IsunColumn) => {
      try {
        return parseAmount(cell(key));
      } catch {
        problem(key, `„${norm(cell(key))}“ не е сума`);
        return undefined;
      }
    };
    const [totalCost, grant, ownContribution, paid] = (['totalCost', 'grant', 'ownContribution', 'paid'] as const).map(amount);
    const monthsText = norm(cell('months'));
    const months = monthsText === '' ? undefined : Number(monthsText);
    if (months !== undefined && !(Number.isInteger(months) && months > 0)) problem('months', `„${monthsText}“ не е брой месеци`);
    const title = norm(cell('title'));
    if (!title) problem('title', 'няма наименование на проекта');
    if (bad.length) {
      problems.push(...bad);
      continue;
    }
    // „000056789 Община Хасково“: the ЕИК, spaces, the name.
    const beneficiary = norm(cell('beneficiary'));
    const eik = /^(\d{9}|\d{13})\s+(.+)$/.exec(beneficiary);
    const programmeCell = norm(cell('programme'));
    records.push({
      row: rowNo,
      programmeCell,
      programme: programmeOfCell(programmeCell, programmes),
      beneficiaryName: eik ? eik[2]! : beneficiary,
      eik: eik?.[1],
      location: norm(cell('location')) || undefined,
      contractNumber,
      title,
      totalCost,
      grant,
      ownContribution,
      paid,
      months: months as number | undefined,
      status: norm(cell('status')) || undefined,
    });
  }
  return { records, problems };
}

/** A project file as the import sees it: its id and its raw front matter. */
export interface ExistingProject {
  id: string;
  data: {
    title?: string;
    totalCost?: Money;
    funding?: { programme?: string; contractNumber?: string }[];
    period?: { months?: number };
    otherSources?: { kind?: string; contractNumber?: string; date?: string }[];
  };
}

export interface ExistingOrganization {
  id: string;
  name?: string;
  eik?: string;
}

export interface ImportPlan {
  /** New project files: id and front matter in the schema's order. */
  newProjects: { id: string; data: Record<string, unknown> }[];
  newOrganizations: { id: string; data: Record<string, unknown> }[];
  /** A register source to append to an existing project's otherSources. */
  additions: { id: string; source: Record<string, unknown> }[];
  /** Where the register and the editor's facts differ: listed, never resolved. */
  disagreements: string[];
  problems: RowProblem[];
}

/** The register's name and module, as every imported source names them. */
const REGISTER = { name: 'ИСУН 2020', url: 'https://2020.eufunds.bg/bg/0/0/Project' } as const;

const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** The register's values of one record, as an entry of otherSources (the schema's key order). */
export function registerSource(record: IsunRecord, exportDate: string): Record<string, unknown> {
  return defined({
    kind: 'register',
    name: REGISTER.name,
    url: REGISTER.url,
    date: exportDate,
    dateKind: 'read',
    totalCost: record.totalCost,
    grant: record.grant,
    ownContribution: record.ownContribution,
    paid: record.paid,
    status: record.status,
    contractNumber: record.contractNumber,
    programme: 'id' in record.programme ? record.programme.id : undefined,
    months: record.months,
  });
}

/**
 * What the import writes: a register source added to each project that has the contract
 * (never a change to what an editor wrote), a new project (and organization) for each new
 * contract, and every disagreement between the register and the editor's facts.
 */
export function planImport(
  records: IsunRecord[],
  projects: ExistingProject[],
  organizations: ExistingOrganization[],
  exportDate: string,
  slugify: (text: string) => string,
): ImportPlan {
  const plan: ImportPlan = { newProjects: [], newOrganizations: [], additions: [], disagreements: [], problems: [] };
  const takenProjects = new Set(projects.map((p) => p.id));
  const orgs = [...organizations];
  const unique = (base: string, taken: Set<string>) => {
    let id = base || 'proekt';
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  for (const record of records) {
    const programmeProblem = 'error' in record.programme ? { row: record.row, column: ISUN_COLUMNS.programme, message: record.programme.error } : undefined;
    const existing = projects.find((p) => [...(p.data.funding ?? []), ...(p.data.otherSources ?? [])].some((f) => f.contractNumber === record.contractNumber));
    if (existing) {
      if (programmeProblem) plan.problems.push(programmeProblem);
      const already = (existing.data.otherSources ?? []).some(
        (o) => o.kind === 'register' && o.contractNumber === record.contractNumber && o.date === exportDate,
      );
      if (!already) plan.additions.push({ id: existing.id, source: registerSource(record, exportDate) });
      const where = `${existing.id} (${record.contractNumber})`;
      const own = existing.data.totalCost;
      if (own && record.totalCost && eurCents(own) !== eurCents(record.totalCost)) {
        plan.disagreements.push(`${where}: обща стойност – във файла ${own.amount} ${own.currency}, в регистъра ${record.totalCost.amount} EUR`);
      }
      const ownProgramme = existing.data.funding?.find((f) => f.contractNumber === record.contractNumber)?.programme;
      if (ownProgramme && 'id' in record.programme && ownProgramme !== record.programme.id) {
        plan.disagreements.push(`${where}: програма – във файла ${ownProgramme}, в регистъра ${record.programme.id}`);
      }
      const months = existing.data.period?.months;
      if (months !== undefined && record.months !== undefined && months !== record.months) {
        plan.disagreements.push(`${where}: продължителност – във файла ${months} месеца, в регистъра ${record.months}`);
      }
      continue;
    }
    // A new project needs its programme: an unknown code is reported, never guessed.
    if (programmeProblem) {
      plan.problems.push({ ...programmeProblem, message: `${programmeProblem.message}; редът не е внесен` });
      continue;
    }
    let lead = orgs.find((o) => (record.eik && o.eik === record.eik) || o.name === record.beneficiaryName);
    if (!lead) {
      lead = { id: unique(slugify(record.beneficiaryName), new Set(orgs.map((o) => o.id))), name: record.beneficiaryName, eik: record.eik };
      orgs.push(lead);
      plan.newOrganizations.push({
        id: lead.id,
        data: defined({
          name: record.beneficiaryName,
          eik: record.eik,
          note: `Създадена от вноса от ИСУН 2020 (експорт към ${exportDate}, ред ${record.row}).`,
        }),
      });
    }
    const programme = (record.programme as { id: string }).id;
    plan.newProjects.push({
      id: unique(slugify(record.title), takenProjects),
      data: defined({
        title: record.title,
        summary: `Проект по договор ${record.contractNumber}, вписан в регистъра ИСУН 2020; описанието още не е написано.`,
        lead: lead.id,
        funding: [defined({ programme, contractNumber: record.contractNumber })],
        otherSources: [registerSource(record, exportDate)],
        note: `Създаден от вноса от ИСУН 2020 (експорт към ${exportDate}, ред ${record.row}). Местонахождение в регистъра: ${record.location ?? 'не е посочено'}. Допишете описанието, целите и местата по страницата на проекта.`,
      }),
    });
  }
  return plan;
}
