import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importIsun } from '../../scripts/import-isun-run';
import { findHeader, ISUN_COLUMNS, parseAmount } from '../../src/lib/isun-import';
import { splitFrontMatter } from '../../src/lib/cms-format';
import { projectSchema } from '../../src/schemas/project';

const ROOT = join(import.meta.dirname, '..', '..');
const HEADER = Object.values(ISUN_COLUMNS);
let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A copy of the content folders to import into. */
function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'isun-'));
  dirs.push(dir);
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

/** An export in the register's layout: the filter block, the header row, the rows, „Забележки:“. Values are examples. */
async function exportFile(dir: string, rows: (string | number)[][], header: string[] = HEADER): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Проекти');
  sheet.addRow(['Проекти']);
  sheet.addRow(['Програма:', 'Всички']);
  sheet.addRow([]);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  sheet.addRow([]);
  sheet.addRow(['Забележки:']);
  sheet.addRow(['Сумите са в евро.']);
  const file = join(dir, 'export.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

const row = (over: Partial<Record<keyof typeof ISUN_COLUMNS, string | number>>) => {
  const base: Record<keyof typeof ISUN_COLUMNS, string | number> = {
    programme: '2021BG05SFPR002 Развитие на човешките ресурси',
    beneficiary: '123456789 Сдружение Пример',
    orgType: 'Юридическо лице с нестопанска цел',
    orgKind: 'Сдружение',
    orgForm: 'Сдружение',
    seat: 'Казанлък',
    location: 'Казанлък',
    contractNumber: 'BG05SFPR002-2.003-0999',
    title: 'Примерен проект за деца',
    totalCost: 100000.5,
    grant: 100000.5,
    ownContribution: 0,
    paid: 50000,
    months: 24,
    status: 'Приключен (към датата на приключване)',
  };
  return Object.values({ ...base, ...over });
};

describe('npm run import:isun', () => {
  it('on three rows: creates one project, adds register facts to one, reports one bad row by row and column', async () => {
    const dir = contentCopy();
    const before = readFileSync(join(dir, 'content/projects/shans-za-nashite-detsa.mdx'), 'utf8');
    const file = await exportFile(dir, [
      row({}),
      row({
        programme: '2014BG05M9OP001 Развитие на човешките ресурси',
        beneficiary: '000000000 Община Хасково',
        contractNumber: 'BG05M9OP001-2.004-0049',
        title: 'Шанс за нашите деца',
        totalCost: 775181.72,
        months: 42,
      }),
      row({ contractNumber: 'BG05SFPR002-2.003-0998', totalCost: 'много' }),
    ]);
    const report = await importIsun(dir, file, '2026-11-20');

    expect(report.problems).toEqual([{ row: 7, column: 'Обща стойност', message: '„много“ не е сума' }]);
    expect(report.newProjects.map((p) => p.id)).toEqual(['primeren-proekt-za-detsa']);
    expect(report.newOrganizations).toEqual([{ id: 'sdruzhenie-primer', data: expect.objectContaining({ name: 'Сдружение Пример', eik: '123456789' }) }]);

    // The new project is a valid file in the editor's format, its facts marked with the register.
    const created = splitFrontMatter(readFileSync(join(dir, 'content/projects/primeren-proekt-za-detsa.mdx'), 'utf8'));
    const data = projectSchema.parse(parse(created.head));
    expect(data.funding).toEqual([{ programme: 'prchr-2021-2027', contractNumber: 'BG05SFPR002-2.003-0999' }]);
    expect(data.otherSources[0]).toMatchObject({
      kind: 'register',
      name: 'ИСУН 2020',
      date: '2026-11-20',
      dateKind: 'read',
      totalCost: { amount: 100000.5, currency: 'EUR' },
      paid: { amount: 50000, currency: 'EUR' },
      months: 24,
    });
    expect(readdirSync(join(dir, 'content/organizations'))).toContain('sdruzhenie-primer.yaml');

    // The existing project keeps every fact its editor wrote; only a register source is added.
    const after = readFileSync(join(dir, 'content/projects/shans-za-nashite-detsa.mdx'), 'utf8');
    const old = parse(splitFrontMatter(before).head);
    const now = parse(splitFrontMatter(after).head);
    expect({ ...now, otherSources: undefined }).toEqual({ ...old, otherSources: undefined });
    expect(now.otherSources.slice(0, -1)).toEqual(old.otherSources);
    expect(now.otherSources.at(-1)).toMatchObject({ kind: 'register', date: '2026-11-20', totalCost: { amount: 775181.72, currency: 'EUR' } });
    expect(splitFrontMatter(after).body).toBe(splitFrontMatter(before).body);
    // and every disagreement with them is listed
    expect(report.disagreements).toEqual([
      'shans-za-nashite-detsa (BG05M9OP001-2.004-0049): обща стойност – във файла 867896.82 BGN, в регистъра 775181.72 EUR',
      'shans-za-nashite-detsa (BG05M9OP001-2.004-0049): продължителност – във файла 26 месеца, в регистъра 42',
    ]);
    expect(report.written.sort()).toEqual([
      'content/organizations/sdruzhenie-primer.yaml',
      'content/projects/primeren-proekt-za-detsa.mdx',
      'content/projects/shans-za-nashite-detsa.mdx',
    ]);
  });

  it('reports a malformed contract number and an unknown programme code, and skips only those rows', async () => {
    const dir = contentCopy();
    const file = await exportFile(dir, [
      row({ contractNumber: 'договор 5' }),
      row({ programme: '2014BG16RFOP002 Региони в растеж', contractNumber: 'BG16RFOP002-1.001-0001' }),
    ]);
    const report = await importIsun(dir, file, '2026-11-20');
    expect(report.problems).toEqual([
      { row: 5, column: 'Номер на проектно предложение', message: '„договор 5“ не е номер на договор като BG05M9OP001-2.004-0049' },
      { row: 6, column: 'Програма', message: expect.stringMatching(/^кодът 2014BG16RFOP002 не е на никоя програма .*; редът не е внесен$/) },
    ]);
    expect(report.written).toEqual([]);
  });

  it('fails loudly when the export’s columns changed', async () => {
    const dir = contentCopy();
    const file = await exportFile(
      dir,
      [row({})],
      HEADER.map((h) => (h === 'БФП' ? 'Безвъзмездна помощ' : h)),
    );
    await expect(importIsun(dir, file, '2026-11-20')).rejects.toThrow('Редът със заглавията (ред 4) няма колоните: „БФП“');
  });
});

describe('the export’s cells', () => {
  it('read amounts from numbers and from Bulgarian text, and reject words', () => {
    expect(parseAmount(775181.72)).toEqual({ amount: 775181.72, currency: 'EUR' });
    expect(parseAmount('2 168 639,81')).toEqual({ amount: 2168639.81, currency: 'EUR' });
    expect(parseAmount('')).toBeUndefined();
    expect(() => parseAmount('много')).toThrow();
    expect(() => findHeader([['Програма', 'Бенефициент']])).toThrow(/няма колоните/);
  });
});
