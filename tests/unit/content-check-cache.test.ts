import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkEverything, type ContentCheck } from '../../src/checks/check-content';
import { CACHE_FILE, CODE_FOLDERS } from '../../src/checks/content-cache';
import { formatProblem } from '../../src/checks/problems';
import { EXAMPLE_ALT, writeExampleImage } from '../helpers/example-image';

const ROOT = join(import.meta.dirname, '..', '..');
const PROJECT = 'content/projects/shans-za-nashite-detsa.mdx';
const ORGANIZATION = 'content/organizations/obshtina-haskovo.yaml';
const PROGRAMME = 'content/programmes/oprchr-2014-2020.yaml';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'vidimost-check-cache-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
// Every test starts from the sample content and no cache.
beforeEach(() => {
  rmSync(join(root, 'content'), { recursive: true, force: true });
  rmSync(join(root, '.astro'), { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
});

const edit = (file: string, change: (text: string) => string) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
/** Every file the check reads: the collections' files and the three single files. */
const contentFileCount = () =>
  ['projects', 'organizations', 'programmes', 'news', 'pages'].reduce((n, folder) => n + readdirSync(join(root, 'content', folder)).length, 0) + 3;

/** What a run reports, without the cache counts. */
const report = ({ problems, counts, publicity }: ContentCheck) => ({ problems: problems.map(formatProblem), counts, publicity });

/** A run with the cache, checked against a run without it over the same files. */
function cachedRun(): ContentCheck {
  const cached = checkEverything(root, { cache: true });
  expect(report(cached)).toEqual(report(checkEverything(root)));
  return cached;
}

describe('the content check reuses the results of unchanged clean files', () => {
  it('reads every file when cold, none when warm, and reports the same', () => {
    const cold = cachedRun();
    expect(cold.problems).toEqual([]);
    expect(cold.cache).toEqual({ parsed: contentFileCount(), reused: 0 });
    expect(existsSync(join(root, CACHE_FILE))).toBe(true);
    const warm = cachedRun();
    expect(warm.cache).toEqual({ parsed: 0, reused: contentFileCount() });
    expect(report(warm)).toEqual(report(cold));
  });

  it('reads a changed file again and reports its new mistake, with its line', () => {
    cachedRun();
    edit(PROJECT, (t) => t.replace(/^checked: .*$/m, 'checked: 31.02.2020'));
    const after = cachedRun();
    expect(after.cache).toEqual({ parsed: 1, reused: contentFileCount() - 1 });
    expect(after.problems.map(formatProblem)).toContain(`${PROJECT}, ред 5: поле checked: „31.02.2020“ не е валидна дата; пишете ГГГГ-ММ-ДД, напр. 2020-02-29`);
  });

  it('keeps no result for a file with problems: it is read on every run and reported the same', () => {
    edit(PROJECT, (t) => t.replace(/^title: .*\n/m, ''));
    edit('content/news/shans-za-nashite-detsa-prez-2019.mdx', (t) => t.replace(/^---\n/, '---\ntitle: [неточно\n'));
    const cold = cachedRun();
    expect(cold.problems.length).toBeGreaterThanOrEqual(2);
    const warm = cachedRun();
    expect(warm.cache).toEqual({ parsed: 2, reused: contentFileCount() - 2 });
    expect(report(warm)).toEqual(report(cold));
  });

  it('still finds a cached project naming an organization that was deleted, at the line of the reference', () => {
    cachedRun();
    rmSync(join(root, ORGANIZATION));
    const after = cachedRun();
    expect(after.cache).toEqual({ parsed: 0, reused: contentFileCount() });
    const mine = after.problems.filter((p) => p.file === PROJECT);
    expect(mine.map((p) => [p.kind, p.field, p.line])).toEqual([['reference', 'lead', 4]]);
  });

  it('still checks cached contract numbers against a programme whose code changed', () => {
    cachedRun();
    edit(PROGRAMME, (t) => t.replace('cci: 2014BG05M9OP001', 'cci: 2014BG05M9OP002'));
    const after = cachedRun();
    expect(after.cache).toEqual({ parsed: 1, reused: contentFileCount() - 1 });
    const mine = after.problems.filter((p) => p.file === PROJECT);
    expect(mine.map((p) => [p.kind, p.field, p.line])).toEqual([
      ['reference', 'funding.0.contractNumber', 48],
      ['reference', 'otherSources.0.contractNumber', 66],
    ]);
  });

  it('still finds that an image a cached project names was deleted', async () => {
    await writeExampleImage(join(root, 'content/media/primer.jpg'), { width: 160, height: 90 });
    edit(PROJECT, (t) => t.replace('\nchecked: ', `\nimages:\n  - src: ../media/primer.jpg\n    alt: ${EXAMPLE_ALT}\nchecked: `));
    expect(cachedRun().problems).toEqual([]);
    rmSync(join(root, 'content/media/primer.jpg'));
    const after = cachedRun();
    expect(after.cache).toEqual({ parsed: 0, reused: contentFileCount() });
    expect(after.problems.filter((p) => p.file === PROJECT).map((p) => [p.field, p.line])).toEqual([['images[1].src', 6]]);
  });

  it('reads everything again when the cache file is unreadable or cut short', () => {
    cachedRun();
    writeFileSync(join(root, CACHE_FILE), 'не е кеш');
    expect(cachedRun().cache).toEqual({ parsed: contentFileCount(), reused: 0 });
    expect(cachedRun().cache).toEqual({ parsed: 0, reused: contentFileCount() });
    // Cut short in the middle of a file's data: nothing of it is trusted.
    const whole = readFileSync(join(root, CACHE_FILE));
    writeFileSync(join(root, CACHE_FILE), whole.subarray(0, whole.length - 10));
    expect(cachedRun().cache).toEqual({ parsed: contentFileCount(), reused: 0 });
  });
});

describe('npm run check:content with a warm cache', () => {
  const run = () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts'), '--build'], { cwd: root, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('prints the same text and exits the same as the cold run, on good and on broken content', () => {
    const good = run();
    expect(good.status).toBe(0);
    expect(existsSync(join(root, CACHE_FILE))).toBe(true);
    expect(run()).toEqual(good);
    rmSync(join(root, ORGANIZATION));
    edit(PROGRAMME, (t) => t.replace(/^cci: .*$/m, 'cci: 2014BG05M9OP002'));
    const broken = run();
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`${PROJECT}, ред 4: поле lead:`);
    expect(run()).toEqual(broken);
  });
});

describe('the cache version covers the checker code', () => {
  it('hashes every src/ module the content check imports', () => {
    const src = join(ROOT, 'src');
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+)'/g)) visit(resolve(dirname(file), spec!));
    };
    visit(join(src, 'checks/check-content.ts'));
    const outside = [...seen].map((f) => relative(src, f)).filter((f) => !CODE_FOLDERS.includes(f.split('/')[0]!));
    expect(seen.size).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });
});
