// npm run import:isun -- export.xlsx [ГГГГ-ММ-ДД]: brings the register's Excel export into
// content/ (see content/README.md, „Внос от ИСУН 2020“). The date is the day of the export.
import { isValidIsoDate } from '../src/lib/dates.ts';
import { importIsun } from './import-isun-run.ts';

const [file, date = new Date().toISOString().slice(0, 10)] = process.argv.slice(2);
if (!file || !isValidIsoDate(date)) {
  console.error('Употреба: npm run import:isun -- export.xlsx [ГГГГ-ММ-ДД – денят на експорта; без нея е днешният]');
  process.exit(1);
}
try {
  const report = await importIsun(process.cwd(), file, date);
  for (const f of report.written) console.log(`записан ${f}`);
  for (const d of report.disagreements) console.log(`разлика: ${d}`);
  for (const p of report.problems) console.error(`ред ${p.row}${p.column ? `, колона „${p.column}“` : ''}: ${p.message}`);
  console.log(
    `Нови проекти: ${report.newProjects.length}; нови организации: ${report.newOrganizations.length}; добавени записи от регистъра: ${report.additions.length}; разлики: ${report.disagreements.length}; пропуснати редове: ${new Set(report.problems.map((p) => p.row)).size}`,
  );
  if (report.problems.length) process.exitCode = 1;
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
