/**
 * dist/ kept between builds (vite.build.emptyOutDir: false), so that Astro's incremental build
 * leaves the pages it skips where they are instead of copying each back from its cache (48,634
 * files at 10,000 projects). What this build no longer writes is then deleted, so that dist/
 * holds exactly what a clean build holds.
 *
 * What this build produced, and why that is all of it: every file written into dist/ after the
 * build started (Vite's bundles and copies of public/, rendered and restored pages, images, the
 * integrations' files: all of them write anew, none skips a file that exists), plus the pages
 * Astro skipped because they were already in dist/ (the routes' output files, `assets` of
 * astro:build:done). "After the start" is the file system's own clock: the time stamp of a file
 * written when the build starts. Everything else is left over from an earlier build (a removed
 * project's pages, old hashed /_astro/ files, the search index, which its step writes afresh
 * after this one) and is deleted, then the folders left empty.
 *
 * A skipped page is trusted to be what the earlier build wrote for it. So dist/ is kept only as
 * the last completed build left it: a stamp in the cache, written when the pruning is done and
 * removed when a build starts, names the incremental manifest and the files of dist/ (path, size,
 * time) at that moment. Without a stamp, or when the manifest or dist/ differ from it (first
 * build, no cache, a build that failed half-way, dist/ touched by hand), dist/ is emptied first,
 * as Astro would.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's incremental manifest in cacheDir (node_modules/astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';
const STAMP = 'vidimost-dist/stamp.json';
const START = '.vidimost-build-start';
/** Written after the Astro step by the search index step, which rewrites it: not part of the stamp. */
const AFTER_ASTRO = ['pagefind'];

interface Stamp {
  manifest: string;
  listing: string;
}

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Every file under dir with its size and time, in a fixed order. */
function files(dir: string): { path: string; size: number; mtimeMs: number }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      const { size, mtimeMs } = lstatSync(path);
      return { path, size, mtimeMs };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A digest of dist/'s files as the Astro step leaves them (the search index's folder left out). */
export function listingDigest(outDir: string): string {
  const lines = files(outDir)
    .map((f) => ({ ...f, path: relative(outDir, f.path) }))
    .filter((f) => !AFTER_ASTRO.includes(f.path.split('/')[0]!))
    .map((f) => `${f.path}\0${f.size}\0${f.mtimeMs}`);
  return sha(lines.join('\n'));
}

const manifestDigest = (cacheDir: string) => {
  const file = join(cacheDir, MANIFEST);
  return existsSync(file) ? sha(readFileSync(file)) : undefined;
};

/** Why dist/ cannot be kept, or undefined when it can. */
export function reasonToEmpty(outDir: string, cacheDir: string): string | undefined {
  if (!existsSync(outDir)) return undefined;
  const stampFile = join(cacheDir, STAMP);
  if (!existsSync(stampFile)) return 'няма запис за завършено изграждане';
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as Stamp;
  } catch {
    return 'записът за последното изграждане не се чете';
  }
  const manifest = manifestDigest(cacheDir);
  if (manifest === undefined) return 'няма манифест на инкременталното изграждане';
  if (manifest !== stamp.manifest) return 'манифестът на инкременталното изграждане не е този от последното изграждане';
  if (listingDigest(outDir) !== stamp.listing) return 'dist/ е променена след последното изграждане';
  return undefined;
}

/**
 * Deletes the files under outDir written before `since` that are not in `keep`, then the
 * folders left empty. Returns the number of files deleted.
 */
export function prune(outDir: string, since: number, keep: ReadonlySet<string>): number {
  let deleted = 0;
  for (const file of files(outDir)) {
    if (file.mtimeMs >= since || keep.has(file.path)) continue;
    unlinkSync(file.path);
    deleted += 1;
  }
  const dirs = readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(e.parentPath, e.name))
    // Deepest first, so that a folder holding only empty folders goes too.
    .sort((a, b) => b.split('/').length - a.split('/').length);
  for (const dir of dirs) if (readdirSync(dir).length === 0) rmdirSync(dir);
  return deleted;
}

/** Records dist/ as this build leaves it, with the incremental manifest it goes with. */
export function writeStamp(outDir: string, cacheDir: string): void {
  const stamp: Stamp = { manifest: manifestDigest(cacheDir) ?? '', listing: listingDigest(outDir) };
  mkdirSync(join(cacheDir, STAMP, '..'), { recursive: true });
  writeFileSync(join(cacheDir, STAMP), JSON.stringify(stamp));
}

/** Removes the record: until the build is done, dist/ is no build's output. */
export const removeStamp = (cacheDir: string) => rmSync(join(cacheDir, STAMP), { force: true });

export function keepDist(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let since = Infinity;
  return {
    name: 'vidimost:keep-dist',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        const reason = reasonToEmpty(outDir, cacheDir);
        removeStamp(cacheDir);
        if (reason) {
          logger.info(`dist/ е изпразнена: ${reason}`);
          rmSync(outDir, { recursive: true, force: true });
        }
        mkdirSync(outDir, { recursive: true });
        const start = join(outDir, START);
        writeFileSync(start, '');
        since = statSync(start).mtimeMs;
        unlinkSync(start);
      },
      'astro:build:done': ({ assets, logger }) => {
        const keep = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const deleted = prune(outDir, since, keep);
        logger.info(`изтрити от dist/ файлове на предишни изграждания: ${deleted}`);
        writeStamp(outDir, cacheDir);
      },
    },
  };
}
