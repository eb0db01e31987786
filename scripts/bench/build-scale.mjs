// Build time at scale: writes N synthetic projects into a temporary copy of the site (never
// into content/), runs each build step (scripts/lib/build-steps.mjs) and prints, per N and per
// step, wall time, CPU time and peak memory (of all the step's processes together: /usr/bin/time
// and samples of /proc); then pages, files, sizes and the heaviest page.
// Gate: exits non-zero when any page is over its budget at any N (HTML ≤ 14 KiB gzip on every
// page; content pages ≤ 30 KiB with CSS and fonts; tests/helpers/page-weight.ts).
// The copy is removed afterwards, also when a step fails or the run is interrupted.
// Usage: npm run bench:build [-- 100 1000 10000] [--stems] [--rebuild]   (--stems: also index
// without the Bulgarian stems, to show what they cost; --rebuild: then build again with nothing
// changed, and again after changing one project's total cost: the incremental build's figures)
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { delimiter, join, relative, resolve, sep } from 'node:path';
import { BUILD_STEPS, stepEnv } from '../lib/build-steps.mjs';
import { CONTENT_BUDGET, budgetProblems, weighPage } from '../../tests/helpers/page-weight.ts';
import { syntheticProject, syntheticSlug } from './synthetic-projects.mjs';

const args = process.argv.slice(2);
const sizes = args.map(Number).filter((n) => Number.isInteger(n) && n > 0);
const counts = sizes.length ? sizes : [100, 1000];
const withStems = args.includes('--stems');
const withRebuild = args.includes('--rebuild');
const ROOT = resolve(import.meta.dirname, '..', '..');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
// The copy being measured, removed on every way out.
let copy;
let running;
function cleanup() {
  // Retries: a step that was just stopped may still be closing files in the copy.
  if (copy) rmSync(copy, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  copy = undefined;
}
process.on('exit', cleanup);
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(signal, () => {
    // The step runs in a process group of its own (/usr/bin/time, node, Astro's workers): stop all of it.
    if (running?.pid) {
      try {
        process.kill(-running.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    cleanup();
    process.exit(code);
  });
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
const sizeOf = (dir) => walk(dir).reduce((sum, f) => sum + statSync(f).size, 0);

/** The site's pages as paths ("/proekti/x/"), as tests/helpers/dist.ts finds them: no index, assets or editor. */
function pagePaths(dist) {
  return walk(dist)
    .map((f) => `/${relative(dist, f).split(sep).join('/')}`)
    .filter((p) => p.endsWith('.html') && !/^\/(pagefind|_astro|admin)\//.test(p))
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p));
}

/**
 * The processes of one process group from /proc (Linux): resident memory in all, and CPU
 * seconds per process. /usr/bin/time sees only the processes its child waits for; Pagefind's
 * binary and Astro's workers are counted here too.
 */
function sampleGroup(pgid) {
  let rss = 0;
  const cpu = new Map();
  let pids;
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined; // no /proc: /usr/bin/time's figures only
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name, which may hold spaces: state is field 3.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      rss += Number(fields[21]) * 4096;
      cpu.set(pid, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // the process ended meanwhile
    }
  }
  return { rss, cpu };
}

/** Runs one step in a process group of its own: wall time, CPU time and peak memory of all its processes. */
function timed(step, cwd, env) {
  const stats = join(cwd, '.bench-time');
  const [command, args] = TIME ? [TIME, ['-f', '%e %U %S %M', '-o', stats, step.command, ...step.args]] : [step.command, step.args];
  const started = performance.now();
  return new Promise((done, fail) => {
    let output = '';
    running = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    running.stdout.on('data', (d) => (output = (output + d).slice(-20000)));
    running.stderr.on('data', (d) => (output = (output + d).slice(-20000)));
    let peakGroup = 0;
    const groupCpu = new Map();
    const pgid = running.pid;
    const poll = setInterval(() => {
      const sample = sampleGroup(pgid);
      if (!sample) return;
      peakGroup = Math.max(peakGroup, sample.rss);
      for (const [pid, seconds] of sample.cpu) groupCpu.set(pid, Math.max(groupCpu.get(pid) ?? 0, seconds));
    }, 200);
    running.on('error', fail);
    running.on('close', (status) => {
      clearInterval(poll);
      running = undefined;
      const wall = (performance.now() - started) / 1000;
      if (status !== 0)
        return fail(new Error(`стъпката „${step.name}“ (${step.command} ${step.args.join(' ')}) завърши с код ${status}:\n${output.slice(-3000)}`));
      const polledCpu = [...groupCpu.values()].reduce((a, b) => a + b, 0);
      if (!TIME) return done({ wall, cpu: polledCpu || undefined, rssMiB: peakGroup ? peakGroup / 1024 / 1024 : undefined });
      const [, user, system, rssKiB] = readFileSync(stats, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
      // The larger of the two: time's is exact for what it sees; the samples see every process
      // (every 200 ms, so a short peak may fall between them).
      done({ wall, cpu: Math.max(user + system, polledCpu), rssMiB: Math.max(rssKiB * 1024, peakGroup) / 1024 / 1024 });
    });
  });
}

const kib = (bytes) => Number((bytes / 1024).toFixed(1));
const mib = (bytes) => Number((bytes / 1024 / 1024).toFixed(1));
const round = (x, digits = 1) => (x === undefined ? '–' : Number(x.toFixed(digits)));

/** Every page weighed as a host sends it; problems: over 14 KiB HTML anywhere, or over the page's budget. */
function weighSite(dist) {
  const assets = new Map();
  const readAsset = (path) => {
    if (!assets.has(path)) assets.set(path, readFileSync(join(dist, path)));
    return assets.get(path);
  };
  let largest = { path: '', html: 0 };
  let heaviest = { path: '', total: 0 };
  const problems = [];
  const paths = pagePaths(dist);
  for (const path of paths) {
    const html = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    const weight = weighPage(html, readAsset);
    if (weight.html > largest.html) largest = { path, html: weight.html };
    if (weight.total > heaviest.total) heaviest = { path, total: weight.total };
    const own = budgetProblems(path, weight);
    // Pages allowed a script still owe their HTML in one round trip.
    if (weight.html > CONTENT_BUDGET.html && !own.some((p) => p.includes('HTML')))
      own.push(`${path}: HTML ${kib(weight.html)} KB > ${kib(CONTENT_BUDGET.html)} KB (gzip)`);
    problems.push(...own);
  }
  return { pages: paths.length, largest, heaviest, problems };
}

async function measure(n) {
  copy = mkdtempSync(join(tmpdir(), `vidimost-bench-${n}-`));
  cpSync(ROOT, copy, { recursive: true, filter: (src) => !/^(node_modules|dist|\.git|\.astro|screenshots)$/.test(src.slice(ROOT.length + 1).split('/')[0]) });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  for (let i = 1; i <= n; i += 1) writeFileSync(join(copy, 'content/projects', `${syntheticSlug(i)}.mdx`), syntheticProject(i));
  const env = { ...process.env, BUILD_DATE: '2026-11-23', PATH: `${join(copy, 'node_modules/.bin')}${delimiter}${process.env.PATH}` };
  const steps = [];
  for (const step of BUILD_STEPS) steps.push({ step: step.name, ...(await timed(step, copy, stepEnv(step, env))) });
  if (withStems)
    steps.push({
      step: 'index without stems',
      ...(await timed(
        { name: 'index without stems', command: 'node', args: ['scripts/search-index.ts', '--plain', `--output=${join(copy, 'pagefind-plain')}`] },
        copy,
        env,
      )),
    });
  const dist = join(copy, 'dist');
  const site = weighSite(dist);
  const astro = steps.find((s) => s.step === 'astro build');
  const wall = BUILD_STEPS.reduce((sum, s) => sum + steps.find((m) => m.step === s.name).wall, 0);
  const result = {
    projects: n,
    steps: steps.map((s) => ({ step: s.step, wallS: round(s.wall), cpuS: round(s.cpu), peakRssMiB: round(s.rssMiB, 0) })),
    pages: site.pages,
    files: walk(dist).length,
    distMiB: mib(sizeOf(dist)),
    indexMiB: mib(sizeOf(join(dist, 'pagefind'))),
    indexFiles: walk(join(dist, 'pagefind')).length,
    ...(withStems ? { indexWithoutStemsMiB: mib(sizeOf(join(copy, 'pagefind-plain'))) } : {}),
    largestHtmlKiB: kib(site.largest.html),
    largestHtmlPage: site.largest.path,
    heaviestTotalKiB: kib(site.heaviest.total),
    heaviestPage: site.heaviest.path,
    buildS: round(wall),
    msPerPage: round((wall * 1000) / site.pages),
    astroMsPerPage: round((astro.wall * 1000) / site.pages),
    overBudget: site.problems,
  };
  if (withRebuild) {
    // The same copy, its caches kept: nothing changed, then one project's figure.
    const again = async () => {
      const timedSteps = [];
      for (const step of BUILD_STEPS) timedSteps.push({ step: step.name, ...(await timed(step, copy, env)) });
      return timedSteps.map((s) => ({ step: s.step, wallS: round(s.wall), cpuS: round(s.cpu), peakRssMiB: round(s.rssMiB, 0) }));
    };
    const noChange = await again();
    const file = join(copy, 'content/projects', 'sintetichen-proekt-1.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^ {2}amount: .*$/m, '  amount: 123456.78'));
    const oneProject = await again();
    const total = (list) => round(list.reduce((sum, s) => sum + s.wallS, 0));
    result.rebuild = { noChange, noChangeS: total(noChange), oneProject, oneProjectS: total(oneProject) };
  }
  cleanup();
  return result;
}

async function benchmark() {
  console.log(`Машина: ${cpus().length} ядра (${cpus()[0]?.model ?? '?'}), Node ${process.version}${TIME ? '' : '; без /usr/bin/time: без CPU и памет'}`);
  const results = [];
  try {
    for (const n of counts) {
      const r = await measure(n);
      results.push(r);
      console.log(`\n${n} синтетични проекта`);
      console.table(r.steps.map((s) => ({ step: s.step, 'wall s': s.wallS, 'CPU s': s.cpuS, 'peak RSS MiB': s.peakRssMiB })));
      console.table([
        {
          pages: r.pages,
          files: r.files,
          'dist MiB': r.distMiB,
          'index MiB': r.indexMiB,
          'largest HTML KiB gz': r.largestHtmlKiB,
          'heaviest page KiB gz': r.heaviestTotalKiB,
          'build s': r.buildS,
          'ms per page': r.msPerPage,
          'astro ms per page': r.astroMsPerPage,
        },
      ]);
      console.log(`най-голям HTML: ${r.largestHtmlPage}; най-тежка страница с CSS и шрифтове: ${r.heaviestPage}`);
      if (r.rebuild) {
        console.log(`\nОтново без промяна (${r.rebuild.noChangeS} s) и след промяна на един проект (${r.rebuild.oneProjectS} s):`);
        console.table(
          r.steps.map((s, i) => ({
            step: s.step,
            'clean s': s.wallS,
            'no change s': r.rebuild.noChange[i].wallS,
            'one project s': r.rebuild.oneProject[i].wallS,
          })),
        );
      }
      // One line per N for scripts and the benchmark's own test.
      console.log(`BENCH ${JSON.stringify(r)}`);
    }
  } catch (error) {
    console.error(`\nИзмерването спря: ${error.message}`);
    process.exit(1);
  }
  const over = results.filter((r) => r.overBudget.length);
  if (over.length) {
    for (const r of over) {
      console.error(`\nНад бюджета при ${r.projects} проекта (${r.overBudget.length} страници):`);
      for (const p of r.overBudget.slice(0, 20)) console.error(`  ${p}`);
      if (r.overBudget.length > 20) console.error(`  … и още ${r.overBudget.length - 20}`);
    }
    console.error('\nСтраниците трябва да останат в бюджета при всеки брой проекти: разделете или обобщете списъка (src/lib/pagination.ts).');
    process.exit(1);
  }
  console.log('\nВсяка страница е в бюджета (HTML ≤ 14 KiB gzip; страниците със съдържание ≤ 30 KiB с CSS и шрифтове).');
}

await benchmark();
