// Build time at scale: writes N synthetic projects into a temporary copy of the site (never
// into content/), builds it, and prints ms per page and the Pagefind index size.
// Target: 1,000 projects in under 60 s on a 2-core machine, with a flat cost per page.
// Usage: npm run bench:build [-- 100 1000]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const counts = sizes.length ? sizes : [100, 1000];
const ROOT = resolve('.');
const MUNICIPALITIES = ['Хасково', 'Казанлък', 'Столична община', 'Пловдив', 'Марица', 'Садово', 'Куклен', 'Родопи', 'Перущица', 'Стамболийски', 'Асеновград', 'Раковски'];
const PROGRAMMES = ['oprchr-2014-2020', 'prchr-2021-2027', 'the-human-safety-net', undefined];
const LEADS = ['obshtina-haskovo', 'fondatsia-za-nashite-detsa', 'stolichna-obshtina', 'obshtina-kazanlak'];

function syntheticProject(i) {
  const programme = PROGRAMMES[i % PROGRAMMES.length];
  const year = 2016 + (i % 10);
  return `---
title: Синтетичен проект ${i} за измерване
summary: Измислен проект ${i}, създаден само за измерване на времето за построяване. Не е истински.
lead: ${LEADS[i % LEADS.length]}
goal: Синтетична цел на проект ${i}, нужна на проверката за публичност на ЕС.
activities:
  - title: Първа дейност
    text: Описание на първата дейност на синтетичния проект.
  - title: Втора дейност
targetGroups:
  - деца и семейства
totalCost:
  amount: ${100000 + i * 17.31}
  currency: BGN
${programme ? `funding:\n  - programme: ${programme}\n    contractNumber: BG05M9OP001-2.004-${String(i).padStart(4, '0')}\n` : ''}period:
  start: ${year}-01-15
  end: ${year + 2}-06-30
places:
  - municipality: ${MUNICIPALITIES[i % MUNICIPALITIES.length]}
  - municipality: ${MUNICIPALITIES[(i * 7 + 3) % MUNICIPALITIES.length]}
---

Синтетичен текст за проект ${i}. ${'Дейностите подкрепят деца и семейства в общината. '.repeat(6)}
`;
}

function sizeOf(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const full = join(dir, e.name);
    return sum + (e.isDirectory() ? sizeOf(full) : statSync(full).size);
  }, 0);
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

/** The largest page's HTML, gzip-compressed: listings must paginate to stay within 14 KB. */
function largestPage(dist, files) {
  return files.map((f) => ({ page: `/${relative(dist, f)}`, gz: gzipSync(readFileSync(f)).length })).sort((a, b) => b.gz - a.gz)[0];
}

const rows = [];
for (const n of counts) {
  const copy = mkdtempSync(join(tmpdir(), `vidimost-bench-${n}-`));
  cpSync(ROOT, copy, { recursive: true, filter: (src) => !/^(node_modules|dist|\.git|\.astro|screenshots)$/.test(src.slice(ROOT.length + 1).split('/')[0]) });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  for (let i = 1; i <= n; i += 1) writeFileSync(join(copy, 'content/projects', `sintetichen-proekt-${i}.mdx`), syntheticProject(i));
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: copy,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, BUILD_DATE: '2026-11-23', PATH: `${join(copy, 'node_modules/.bin')}${delimiter}${process.env.PATH}` },
  });
  const ms = performance.now() - started;
  if (result.status !== 0) rmSync(copy, { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`build of ${n} projects failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
  // The same pages indexed without the stems vowel alternation needs: what those stems cost.
  const plain = spawnSync(process.execPath, ['scripts/search-index.ts', '--plain', `--output=${join(copy, 'pagefind-plain')}`], { cwd: copy, encoding: 'utf8' });
  if (plain.status !== 0) throw new Error(`plain index failed:\n${plain.stderr}`);
  const files = htmlFiles(join(copy, 'dist'));
  const pages = files.length;
  const largest = largestPage(join(copy, 'dist'), files);
  rows.push({
    'synthetic projects': n,
    'HTML pages': pages,
    'build s': Number((ms / 1000).toFixed(1)),
    'ms per page': Number((ms / pages).toFixed(1)),
    'Pagefind index KB': Math.round(sizeOf(join(copy, 'dist/pagefind')) / 1024),
    'index KB without stems': Math.round(sizeOf(join(copy, 'pagefind-plain')) / 1024),
    'words index KB (stems / without)': `${Math.round(sizeOf(join(copy, 'dist/pagefind/index')) / 1024)} / ${Math.round(sizeOf(join(copy, 'pagefind-plain/index')) / 1024)}`,
    'largest HTML KB gz': Number((largest.gz / 1024).toFixed(1)),
    'largest page': largest.page,
  });
  rmSync(copy, { recursive: true, force: true });
}
console.table(rows);
