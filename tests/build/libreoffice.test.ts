/**
 * The CSV files as a reuser opens them: converted to XLSX by LibreOffice and read back with an
 * independent reader (exceljs). Runs where `soffice` is installed; CI has no LibreOffice (too
 * slow to install), so there it is skipped and says why.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireDist } from '../helpers/dist';
import { contentProjects } from '../helpers/content';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const hasSoffice = soffice.status === 0;
if (!hasSoffice)
  console.warn(
    'tests/build/libreoffice.test.ts: пропуснат — няма LibreOffice (`soffice`) на тази машина; инсталирайте libreoffice-calc-nogui, за да го пуснете.',
  );

const work = mkdtempSync(join(tmpdir(), 'vidimost-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * CSV → XLSX the way `soffice --headless --convert-to xlsx` does it, told the file is UTF-8
 * (filter token 76), comma-separated (44), quoted with " (34). Without the token LibreOffice
 * 7.4 reads the file in its default 8-bit charset and ignores the byte order mark.
 */
async function viaLibreOffice(name: string): Promise<Record<string, unknown>[]> {
  copyFileSync(join(DIST, 'danni', name), join(work, name));
  const profile = pathToFileURL(join(work, 'profile')).href;
  const run = spawnSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', work, join(work, name)],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const xlsx = join(work, name.replace(/\.csv$/, '.xlsx'));
  expect(existsSync(xlsx), `${run.stdout}\n${run.stderr}`).toBe(true);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  const sheet = book.worksheets[0]!;
  const header = sheet.getRow(1).values as unknown[];
  const rows: Record<string, unknown>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values as unknown[];
    rows.push(Object.fromEntries(header.flatMap((h, i) => (typeof h === 'string' ? [[h, values[i] ?? null]] : []))));
  }
  return rows;
}

const csv = (name: string) => parse(readFileSync(join(DIST, 'danni', name), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
/** A cell as text: numbers and dates as the CSV wrote them. */
const asText = (cell: unknown) => (cell === null ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell));

describe.skipIf(!hasSoffice)('the CSV files in LibreOffice', () => {
  beforeAll(requireDist);

  it('proekti.csv: every project with its Cyrillic text and exact amounts', async () => {
    const rows = await viaLibreOffice('proekti.csv');
    const original = csv('proekti.csv');
    expect(rows.map((r) => r.id)).toEqual(original.map((o) => o.id));
    expect(rows.map((r) => r.id as string).sort()).toEqual(
      contentProjects()
        .map((p) => p.id)
        .sort(),
    );
    expect(Object.keys(rows[0]!)).toEqual(Object.keys(original[0]!));
    for (const [i, row] of rows.entries()) {
      const want = original[i]!;
      for (const key of [
        'id',
        'title',
        'summary',
        'beneficiary',
        'partners',
        'municipalities',
        'provinces',
        'nuts3',
        'contractNumbers',
        'programmes',
        'startDate',
        'endDate',
        'checked',
      ]) {
        expect(asText(row[key]), `${want.id}.${key}`).toBe(want[key]);
      }
      for (const key of ['totalCostEur', 'totalCostAmount']) expect(row[key], `${want.id}.${key}`).toBe(want[key] ? Number(want[key]) : null);
    }
    expect(rows.map((r) => r.title).join(' ')).toMatch(/[А-Яа-я]{5}/);
  });

  it('finansirane.csv: one row per funding source with its grant', async () => {
    const rows = await viaLibreOffice('finansirane.csv');
    const original = csv('finansirane.csv');
    expect(rows.map((r) => [r.projectId, asText(r.programme), r.grantEur ?? null])).toEqual(
      original.map((o) => [o.projectId, o.programme, o.grantEur ? Number(o.grantEur) : null]),
    );
  });
});
