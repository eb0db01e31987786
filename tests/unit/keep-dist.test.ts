import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prune, reasonToEmpty, removeStamp, writeStamp } from '../../src/integrations/keep-dist';

let root = '';
let dist = '';
let cache = '';
const write = (dir: string, path: string, text = path) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const age = (path: string) => utimesSync(join(dist, path), new Date(2020, 0, 1), new Date(2020, 0, 1));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'keep-dist-'));
  dist = join(root, 'dist');
  cache = join(root, 'cache');
  mkdirSync(dist);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('prune', () => {
  it('deletes what was written before the build and not kept, then the folders left empty', () => {
    for (const path of ['old/a/index.html', 'old/b.json', 'kept/index.html', 'new/index.html', '_astro/old.css']) write(dist, path);
    for (const path of ['old/a/index.html', 'old/b.json', 'kept/index.html', '_astro/old.css']) age(path);
    const since = new Date(2024, 0, 1).getTime();
    expect(prune(dist, since, new Set([join(dist, 'kept/index.html')]))).toBe(3);
    expect(existsSync(join(dist, 'old'))).toBe(false);
    expect(existsSync(join(dist, '_astro'))).toBe(false);
    expect(existsSync(join(dist, 'kept/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'new/index.html'))).toBe(true);
  });
});

describe('reasonToEmpty', () => {
  beforeEach(() => {
    write(dist, 'index.html');
    write(cache, 'incremental-build.json', '{"routes":{}}');
  });

  it('keeps dist/ as the last completed build left it, whatever the search index step wrote later', () => {
    writeStamp(dist, cache);
    write(dist, 'pagefind/pagefind-entry.json');
    expect(reasonToEmpty(dist, cache)).toBeUndefined();
  });

  it('empties it without a record of a completed build (first build, or one that failed half-way)', () => {
    expect(reasonToEmpty(dist, cache)).toMatch(/няма запис/);
    writeStamp(dist, cache);
    removeStamp(cache);
    expect(reasonToEmpty(dist, cache)).toMatch(/няма запис/);
  });

  it('empties it when the manifest is gone or another, or dist/ was changed', () => {
    writeStamp(dist, cache);
    write(cache, 'incremental-build.json', '{"routes":{"x":{}}}');
    expect(reasonToEmpty(dist, cache)).toMatch(/манифестът/);
    rmSync(join(cache, 'incremental-build.json'));
    expect(reasonToEmpty(dist, cache)).toMatch(/няма манифест/);
    write(cache, 'incremental-build.json', '{"routes":{}}');
    writeStamp(dist, cache);
    write(dist, 'stray.html');
    expect(reasonToEmpty(dist, cache)).toMatch(/dist\/ е променена/);
  });
});
