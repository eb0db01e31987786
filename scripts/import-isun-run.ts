// The register import's file work: reads the .xlsx and the content folders, writes new files
// and appends register sources in the visual editor's save format. The decisions are in
// src/lib/isun-import.ts; the command line is scripts/import-isun.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { cmsCollections } from '../src/integrations/cms-collections.ts';
import { buildCmsConfig, type CmsField } from '../src/lib/cms-config.ts';
import { formatMdxEntry, formatYamlEntry, splitFrontMatter } from '../src/lib/cms-format.ts';
import { planImport, readIsunRows, type Cell, type ExistingOrganization, type ExistingProject, type ImportPlan } from '../src/lib/isun-import.ts';
import { programmeCodeTable } from '../src/lib/programme-codes.ts';
import { slugify } from '../src/lib/transliteration.ts';
import { contentFiles } from '../src/loaders/content-file.ts';
import { COLLECTIONS } from '../src/schemas/index.ts';

/** A cell's value as text or a number: rich text joined, formulas by their result, dates as ISO. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'result' in value) return cellValue(value.result as ExcelJS.CellValue);
  return String(value);
}

export async function readSheet(file: string): Promise<Cell[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error(`Във файла ${file} няма лист`);
  const rows: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 15); c++) cells.push(cellValue(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

function fieldsOf(folder: string): CmsField[] {
  const config = buildCmsConfig({ collections: cmsCollections() });
  const collection = (config.collections as { folder?: string; fields?: CmsField[] }[]).find((c) => c.folder === folder);
  return collection!.fields!;
}

export interface ImportReport extends ImportPlan {
  written: string[];
}

/** Imports one export into the content folders under `root`; `exportDate` is the day the export was made. */
export async function importIsun(root: string, xlsx: string, exportDate: string): Promise<ImportReport> {
  const programmes = programmeCodeTable(
    contentFiles(root, COLLECTIONS.programmes).map(({ id, file }) => ({ id, ...(parse(readFileSync(join(root, file), 'utf8')) as { cci?: string }) })),
  );
  const { records, problems } = readIsunRows(await readSheet(xlsx), programmes);
  const projectFiles = contentFiles(root, COLLECTIONS.projects).map(({ id, file }) => {
    const { head, body } = splitFrontMatter(readFileSync(join(root, file), 'utf8'));
    return { id, file, body, data: parse(head) as Record<string, unknown> };
  });
  const organizations: ExistingOrganization[] = contentFiles(root, COLLECTIONS.organizations).map(({ id, file }) => {
    const data = parse(readFileSync(join(root, file), 'utf8')) as { name?: string; eik?: string; donations?: { eik?: string } };
    return { id, name: data.name, eik: data.eik ?? data.donations?.eik };
  });
  const plan = planImport(records, projectFiles as ExistingProject[], organizations, exportDate, slugify);
  const projectFields = fieldsOf(COLLECTIONS.projects.path);
  const written: string[] = [];
  const write = (file: string, text: string) => {
    writeFileSync(join(root, file), text);
    written.push(file);
  };
  for (const { id, source } of plan.additions) {
    const project = projectFiles.find((p) => p.id === id)!;
    const data = { ...project.data, otherSources: [...((project.data.otherSources as unknown[]) ?? []), source] };
    write(project.file, formatMdxEntry(data as never, project.body, projectFields));
  }
  for (const { id, data } of plan.newOrganizations) {
    const file = `${COLLECTIONS.organizations.path}/${id}.yaml`;
    if (!existsSync(join(root, file))) write(file, formatYamlEntry(data as never, fieldsOf(COLLECTIONS.organizations.path)));
  }
  for (const { id, data } of plan.newProjects) write(`${COLLECTIONS.projects.path}/${id}.mdx`, formatMdxEntry(data as never, '', projectFields));
  return { ...plan, problems: [...problems, ...plan.problems], written };
}
