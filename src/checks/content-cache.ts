/**
 * What the content check keeps between runs: for each content file that was clean, the
 * schema's output, keyed by a digest of the file's bytes. Reading YAML and checking it
 * against the schema is nearly all of the check's time (about 6 of 7 s at 10,000 projects), so
 * a run after a one-file change parses one file. Files with problems are never kept: they
 * are read again every run, so their messages always come from the code that reads them.
 *
 * The whole cache is thrown away when anything that could change a file's result changes:
 * the source of the checker and every module it imports (the folders in CODE_FOLDERS, so the
 * schemas, their messages and the YAML reading), the versions of yaml, zod and astro, and the
 * Node version (each file's data is written with node:v8's serializer).
 *
 * One file in Astro's cacheDir (astro.config: .astro/cache/), because that is the folder kept
 * between builds for the incremental build already, and because it belongs to one copy of
 * the site: node_modules is often shared between copies by a symlink (the benchmarks, tests).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

/** The cache file, from the project root. */
export const CACHE_FILE = '.astro/cache/vidimost-check/content.bin';

const SRC = fileURLToPath(new URL('..', import.meta.url));

/** The folders of src/ whose code the check runs; a test checks they hold everything check-content.ts imports. */
export const CODE_FOLDERS = ['checks', 'loaders', 'schemas', 'lib', 'i18n'];

/** The packages that read and check a file. */
const PACKAGES = ['yaml', 'zod', 'astro'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

let codeVersion: string | undefined;

/** A digest of everything besides a file's own bytes that its result depends on. */
export function checkerVersion(): string {
  if (codeVersion) return codeVersion;
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  for (const name of PACKAGES) {
    let version = 'none';
    try {
      version = (JSON.parse(readFileSync(join(SRC, '..', 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      // A package found elsewhere by Node: its absence here only makes the version less precise.
    }
    hash.update(`${name}@${version}\n`);
  }
  for (const folder of CODE_FOLDERS) {
    for (const path of filesUnder(join(SRC, folder))) hash.update(`${path.slice(SRC.length)}\n`).update(readFileSync(path));
  }
  codeVersion = hash.digest('hex');
  return codeVersion;
}

interface Kept {
  digest: string;
  /** The schema's output, serialized on its own: kept files are written back without serializing them again. */
  data: Uint8Array;
}

/**
 * The file: a header line with the checker's version, then per kept file its name's length
 * (4 bytes), name, digest (64 hex bytes), data's length (4 bytes) and data. Each file's data is
 * a slice of what was read, so an unchanged file is written back as the same bytes.
 */
const MAGIC = 'vidimost-check 1 ';
const DIGEST_BYTES = 64;

function encode(version: string, files: Map<string, Kept>): Buffer {
  const names = new Map([...files.keys()].map((file) => [file, Buffer.from(file)]));
  let size = Buffer.byteLength(`${MAGIC}${version}\n`);
  for (const [file, kept] of files) size += 4 + names.get(file)!.length + DIGEST_BYTES + 4 + kept.data.length;
  const out = Buffer.allocUnsafe(size);
  let at = out.write(`${MAGIC}${version}\n`);
  for (const [file, kept] of files) {
    const name = names.get(file)!;
    at = out.writeUInt32LE(name.length, at);
    at += name.copy(out, at);
    at += out.write(kept.digest, at, 'latin1');
    at = out.writeUInt32LE(kept.data.length, at);
    out.set(kept.data, at);
    at += kept.data.length;
  }
  return out;
}

/** The kept files, or an empty map for another version or a file that is not a whole cache. */
function decode(bytes: Buffer, version: string): Map<string, Kept> {
  const header = Buffer.from(`${MAGIC}${version}\n`);
  const files = new Map<string, Kept>();
  if (!bytes.subarray(0, header.length).equals(header)) return files;
  let at = header.length;
  const take = (length: number) => {
    if (at + length > bytes.length) throw new RangeError('the cache file is cut short');
    at += length;
    return bytes.subarray(at - length, at);
  };
  while (at < bytes.length) {
    const file = take(take(4).readUInt32LE()).toString();
    const digest = take(DIGEST_BYTES).toString('latin1');
    files.set(file, { digest, data: take(take(4).readUInt32LE()) });
  }
  return files;
}

/** The digest a file is kept under. */
export const fileDigest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export class ContentCache {
  /** Files read and checked in this run, and files whose kept result was used. */
  readonly counts = { parsed: 0, reused: 0 };
  private readonly path: string;
  private readonly kept: Map<string, Kept>;
  private readonly next = new Map<string, Kept>();
  private changed = false;

  constructor(root: string) {
    this.path = join(root, CACHE_FILE);
    this.kept = new Map();
    try {
      this.kept = decode(readFileSync(this.path), checkerVersion());
    } catch {
      // No cache yet, or one this code cannot read: every file is read.
    }
  }

  /** The kept schema output of a clean file whose bytes are unchanged. */
  get(file: string, digest: string): { data: unknown } | undefined {
    const kept = this.kept.get(file);
    let data: unknown;
    try {
      if (kept?.digest === digest) data = deserialize(kept.data);
    } catch {
      // Damaged: the file is read as if it had never been kept.
    }
    if (data === undefined) {
      this.counts.parsed += 1;
      return undefined;
    }
    this.counts.reused += 1;
    this.next.set(file, kept!);
    return { data };
  }

  /** Keeps a clean file's schema output for the next run. */
  set(file: string, digest: string, data: unknown): void {
    this.next.set(file, { digest, data: serialize(data) });
    this.changed = true;
  }

  /** Writes the cache when it differs from what was read: files checked, removed or gone bad. */
  save(): void {
    if (!this.changed && this.next.size === this.kept.size) return;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      // Written aside and renamed: two checks may run at once (a build and npm run check:content).
      const temporary = `${this.path}.${process.pid}`;
      writeFileSync(temporary, encode(checkerVersion(), this.next));
      renameSync(temporary, this.path);
    } catch {
      // A cache that cannot be written costs time on the next run, nothing else.
      try {
        rmSync(`${this.path}.${process.pid}`, { force: true });
      } catch {
        // nothing was written
      }
    }
  }
}
