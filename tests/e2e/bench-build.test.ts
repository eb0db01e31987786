import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_STEPS } from '../../scripts/lib/build-steps.mjs';

// The build-scale benchmark at a tiny N, so that a schema change cannot break it unnoticed.
const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'bench', 'build-scale.mjs');
// Its own temporary folder, to see that the benchmark leaves nothing behind.
const tmp = mkdtempSync(join(tmpdir(), 'vidimost-bench-test-'));
const leftovers = () => readdirSync(tmp).filter((name) => name.startsWith('vidimost-bench-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface BenchResult {
  projects: number;
  steps: { step: string; wallS: number; cpuS: number | string; peakRssMiB: number | string }[];
  pages: number;
  files: number;
  distMiB: number;
  indexMiB: number;
  largestHtmlKiB: number;
  heaviestTotalKiB: number;
  msPerPage: number;
  overBudget: string[];
}

describe('the build-scale benchmark', () => {
  it('builds 20 synthetic projects, prints its figures per step, passes its page-budget gate and removes its copy', { timeout: 600_000 }, () => {
    const run = spawnSync(process.execPath, [SCRIPT, '20'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TMPDIR: tmp }, maxBuffer: 64 * 1024 * 1024 });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output.slice(-3000)).toBe(0);
    const line = run.stdout.split('\n').find((l) => l.startsWith('BENCH '));
    const result = JSON.parse(line!.slice('BENCH '.length)) as BenchResult;
    expect(result.projects).toBe(20);
    expect(result.steps.map((s) => s.step)).toEqual(BUILD_STEPS.map((s) => s.name));
    for (const step of result.steps) {
      expect(step.wallS).toBeGreaterThan(0);
      // /usr/bin/time is there on this machine and in CI (Debian): CPU and memory are measured.
      expect(step.cpuS).toBeTypeOf('number');
      expect(step.peakRssMiB).toBeGreaterThan(20);
    }
    // 20 synthetic project pages on top of the sample site's.
    expect(result.pages).toBeGreaterThan(40);
    expect(result.files).toBeGreaterThan(result.pages);
    expect(result.distMiB).toBeGreaterThan(result.indexMiB);
    expect(result.indexMiB).toBeGreaterThan(0);
    expect(result.largestHtmlKiB).toBeGreaterThan(1);
    expect(result.largestHtmlKiB).toBeLessThanOrEqual(14);
    expect(result.heaviestTotalKiB).toBeGreaterThanOrEqual(result.largestHtmlKiB);
    expect(result.msPerPage).toBeGreaterThan(0);
    expect(result.overBudget).toEqual([]);
    // The tables a person reads, per step.
    for (const step of BUILD_STEPS) expect(run.stdout).toContain(step.name);
    expect(run.stdout).toMatch(/peak RSS MiB/);
    expect(run.stdout).toContain('Всяка страница е в бюджета');
    expect(leftovers()).toEqual([]);
  });

  it('removes its copy when stopped in the middle of a build', { timeout: 300_000 }, async () => {
    const child = spawn(process.execPath, [SCRIPT, '20'], { cwd: ROOT, env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' });
    const exited = new Promise<number | null>((done) => child.on('close', done));
    // Wait for the copy to appear, and a moment more, so that a build step is running.
    for (let i = 0; i < 600 && leftovers().length === 0; i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(leftovers()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 3000));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(leftovers()).toEqual([]);
  });
});
