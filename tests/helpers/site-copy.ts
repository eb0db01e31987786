/** A throw-away copy of the site (node_modules linked, not copied) to break and build. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'screenshots']);

export interface SiteCopy {
  root: string;
  edit(file: string, change: (text: string) => string): void;
  write(file: string, text: string): void;
  run(script: string, args?: string[], env?: Record<string, string>): { status: number | null; output: string };
  remove(): void;
}

export function copySite(): SiteCopy {
  const root = mkdtempSync(join(tmpdir(), 'vidimost-copy-'));
  cpSync(ROOT, root, { recursive: true, filter: (src) => !SKIP.has(src.slice(ROOT.length + 1).split('/')[0] ?? '') });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  return {
    root,
    edit: (file, change) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8'))),
    write: (file, text) => writeFileSync(join(root, file), text),
    run: (script, args = [], extraEnv = {}) => {
      // The Node that runs the tests (the project's Node 24), with the project's bin folder first.
      const result = spawnSync(process.execPath, [script, ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, BUILD_DATE: '2026-11-23', PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH}`, ...extraEnv },
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
