// Checks all of content/ in one run (YAML, schemas, references, EU publicity failures) and
// prints every problem first, each with its file and line; on success, one line for the
// content and one for the publicity check. Runs first in `npm run build` (with --build).
// --publicity prints the full per-project publicity report as well (npm run check:publicity).
import { publicityCounts, publicityReport } from '../src/checks/check-publicity.ts';
import { checkEverything, formatProblem } from '../src/checks/problems.ts';

const args = new Set(process.argv.slice(2));
// Clean files unchanged since the last run are not read again (src/checks/content-cache.ts).
const { problems, counts, publicity } = checkEverything(process.cwd(), { cache: true });

/** „1 проект“, „5 проекта“. */
const many = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

if (args.has('--publicity')) {
  for (const line of publicityReport(publicity).lines) console.log(line);
  console.log('');
}

if (problems.length) {
  let previous = '';
  for (const problem of problems) {
    if (previous && problem.file !== previous) console.error('');
    console.error(`  • ${formatProblem(problem)}`);
    previous = problem.file;
  }
  const files = new Set(problems.map((p) => p.file)).size;
  const outcome = args.has('--build') ? 'сайтът не е построен' : 'сайтът няма да се построи, докато не ги поправите';
  console.error(`\nСъдържанието има ${many(problems.length, 'грешка', 'грешки')} в ${many(files, 'файл', 'файла')}; ${outcome}.`);
  process.exit(1);
}

console.log(
  `Съдържанието е наред: ${many(counts.projects, 'проект', 'проекта')}, ${many(counts.organizations, 'организация', 'организации')}, ` +
    `${many(counts.programmes, 'програма', 'програми')}, ${many(counts.news, 'новина', 'новини')}, ${many(counts.pages, 'страница', 'страници')}.`,
);
const eu = publicity.filter((p) => p.kind === 'eu').length;
const { warn } = publicityCounts(publicity);
console.log(
  `Публичност на ЕС: ${many(eu, 'проект', 'проекта')} с европейско финансиране, без грешки, ${many(warn, 'предупреждение', 'предупреждения')}` +
    (args.has('--publicity') ? '.' : ' (подробно: npm run check:publicity).'),
);
