// `npm run dev`: the live preview. Astro stops at start-up when a content file is broken (its
// first content load throws, in English), so while content/ has problems this serves the
// Bulgarian error page itself, on the same address; once the files are fixed it starts
// `astro dev` there, and from then on src/integrations/dev-error-page.ts shows the problems.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { formatProblem } from '../src/checks/problems.ts';
import { PROBLEMS_PATH } from '../src/integrations/dev-error-html.ts';
import { answerErrorPage, answerProblems, createDevChecker, type DevCheck } from '../src/integrations/dev-error-page.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const portArg = args.findIndex((a) => a === '--port' || a.startsWith('--port='));
const port = Number(portArg === -1 ? 4321 : (args[portArg]?.split('=')[1] ?? args[portArg + 1]));
const check = createDevChecker(root);

let astro: ReturnType<typeof spawn> | undefined;
// Stopping this script stops Astro too; it exits with Astro.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => (astro ? astro.kill(signal) : process.exit(0)));

function startAstro(): void {
  astro = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', ...args], { stdio: 'inherit' });
  astro.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function report({ problems }: DevCheck): void {
  console.error(
    `\nСъдържанието има ${problems.length === 1 ? 'една грешка' : `${problems.length} грешки`}; докато не бъдат поправени, прегледът показва списъка:\n`,
  );
  for (const problem of problems) console.error(`  • ${formatProblem(problem)}\n`);
  console.error(`Прегледът: http://localhost:${port}/ – поправете файла и го запазете; сайтът тръгва сам.\n`);
}

const first = check();
if (!first.problems.length) {
  startAstro();
} else {
  report(first);
  // Every address answers with the error page, except the page's own poll.
  const server = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname === PROBLEMS_PATH) return answerProblems(res, check());
    answerErrorPage(res, check(), req.method === 'HEAD');
  });
  server.on('error', (error) => {
    console.error(`Прегледът не може да тръгне на порт ${port}: ${error.message}. Затворете другия преглед или задайте друг порт: npm run dev -- --port 4322`);
    process.exit(1);
  });
  server.listen(port, 'localhost');
  let shown = first.hash;
  const timer = setInterval(() => {
    const now = check();
    if (now.hash === shown) return;
    shown = now.hash;
    if (now.problems.length) return report(now);
    clearInterval(timer);
    console.log('Съдържанието е наред; стартирам прегледа…');
    server.close(() => startAstro());
    server.closeAllConnections();
  }, 500);
}
