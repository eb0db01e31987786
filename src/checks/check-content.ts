/**
 * Checks all of content/ in one run, before Astro builds: every file's YAML and schema, file
 * names as slugs, every reference between files (read from the raw data, so a file with a
 * schema mistake still has its references checked) and the EU publicity rules of every
 * project that could be read. One ContentProblem per mistake.
 */
import { contractMatchesCci } from '../lib/programme-codes.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, type ContentProblem } from '../lib/content-errors.ts';
import { isReservedProjectSlug } from '../lib/groupings.ts';
import { englishSlugClashes, type Entry } from '../lib/routes.ts';
import { brokenReferences, type CollectionName, type Reference, type ReferencingEntry } from '../lib/references.ts';
import { slugify, SLUG_PATTERN } from '../lib/transliteration.ts';
import { COLLECTIONS, REDIRECTS_FILE, SEARCH_SYNONYMS_FILE, SITE_FILE, redirectsSchema, searchSynonymsSchema, siteSchema } from '../schemas/index.ts';
import type { ProgrammeData } from '../schemas/programme.ts';
import type { ProjectData } from '../schemas/project.ts';
import { publicityEntry, type PublicityEntry } from './check-publicity.ts';
import { contentFiles, readContentText, schemaProblems, type LineOf } from '../loaders/content-file.ts';
import { imageFileProblems } from '../loaders/content-images.ts';
import { frontMatterOf } from '../loaders/yaml-problems.ts';
import { ContentCache, fileDigest } from './content-cache.ts';
import type { z } from 'astro/zod';

/** Where a collection's files name other files; '*' is every item of a list. */
export const REFERENCE_FIELDS: Partial<Record<CollectionName, { path: string[]; collection: CollectionName }[]>> = {
  projects: [
    { path: ['lead'], collection: 'organizations' },
    { path: ['partners', '*', 'organization'], collection: 'organizations' },
    { path: ['funding', '*', 'programme'], collection: 'programmes' },
  ],
  news: [
    { path: ['projects', '*'], collection: 'projects' },
    { path: ['organizations', '*'], collection: 'organizations' },
  ],
};

/** The references written in a file's raw data: every one whose value is text, whatever else is wrong. */
export function rawReferences(collection: CollectionName, data: unknown): (Reference & { path: (string | number)[] })[] {
  const out: (Reference & { path: (string | number)[] })[] = [];
  const walk = (value: unknown, rest: string[], path: (string | number)[], target: CollectionName) => {
    if (!rest.length) {
      if (typeof value === 'string') out.push({ field: pathText(path), collection: target, id: value, path });
      return;
    }
    const [head, ...tail] = rest;
    if (head === '*') {
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, tail, [...path, i], target));
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      walk((value as Record<string, unknown>)[head!], tail, [...path, head!], target);
    }
  };
  for (const spec of REFERENCE_FIELDS[collection] ?? []) walk(data, spec.path, [], spec.collection);
  return out;
}

const pathText = (path: (string | number)[]) => path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p + 1}]` : s ? `${s}.${p}` : p), '');

export interface ContentCheck {
  /** Every problem of every file, in file order; empty when the content is fine. */
  problems: ContentProblem[];
  /** How many files each collection holds, for the one-line success message. */
  counts: Record<CollectionName, number>;
  /** The publicity results of every project that could be checked. */
  publicity: PublicityEntry[];
  /** With the cache: how many files were read and checked, and how many were unchanged and clean. */
  cache?: ContentCache['counts'];
}

export interface CheckOptions {
  /** Keep clean files' results in .astro/cache/ and reuse them while their bytes are unchanged. */
  cache?: boolean;
}

interface ReadFile {
  file: string;
  problems: ContentProblem[];
  data?: unknown;
  body: string;
  lineOf: LineOf;
}

function checkFile(root: string, file: string, schema: z.ZodType, cache?: ContentCache): ReadFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(root, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { file, problems: [{ file, kind: 'schema', message: 'файлът липсва; върнете го от предишната версия (git)' }], body: '', lineOf: () => undefined };
  }
  const source = bytes.toString('utf8');
  const digest = cache && fileDigest(bytes);
  const kept = digest ? cache?.get(file, digest) : undefined;
  if (kept) {
    // Lines are asked for only for a problem found across files: the file is parsed again then.
    let lines: LineOf | undefined;
    const lineOf: LineOf = (path) => (lines ??= readContentText(readFileSync(join(root, file), 'utf8'), file).lineOf)(path);
    const frame = /\.mdx?$/.test(file) ? frontMatterOf(source, file) : undefined;
    return { file, problems: [], data: kept.data, body: frame && 'body' in frame ? frame.body : '', lineOf };
  }
  const content = readContentText(source, file);
  if (content.problems.length) return { file, problems: content.problems, body: content.body, lineOf: content.lineOf };
  const checked = schemaProblems(schema, content.data, file, content.lineOf);
  if (digest && !checked.problems.length) cache?.set(file, digest, checked.data);
  return { file, problems: checked.problems, data: checked.problems.length ? content.data : checked.data, body: content.body, lineOf: content.lineOf };
}

export function checkEverything(root: string, options: CheckOptions = {}): ContentCheck {
  const cache = options.cache ? new ContentCache(root) : undefined;
  const problems: ContentProblem[] = [];
  const known = {} as Record<CollectionName, Set<string>>;
  const counts = {} as Record<CollectionName, number>;
  const referencing: (ReferencingEntry & { lineOf: LineOf; paths: Map<string, (string | number)[]> })[] = [];
  const fileOrder = new Map<string, number>();
  const valid = { projects: new Map<string, ReadFile>(), programmes: new Map<string, ReadFile>() };
  const english = new Map<CollectionName, (Entry & { id: string; file: string; lineOf: LineOf })[]>();
  // Which organizations state bank details for donations: a project may send donations only there.
  const takesDonations = new Map<string, boolean>();

  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    known[name] = new Set();
    const extension = spec.pattern.slice(1);
    const files = contentFiles(root, spec);
    counts[name] = files.length;
    for (const { id, file } of files) {
      fileOrder.set(file, fileOrder.size);
      known[name].add(id);
      if (!SLUG_PATTERN.test(id)) {
        problems.push({
          file,
          kind: 'file-name',
          message: `името на файла „${id}“ не става за адрес; преименувайте го на латиница, напр. ${slugify(id) || 'moyat-proekt'}${extension}`,
        });
      }
      if ((name === 'projects' && isReservedProjectSlug(id)) || (name === 'news' && id === 'stranitsa')) {
        problems.push({ file, kind: 'file-name', message: `името „${id}“ е запазено за страниците със списъци (stranitsa, po-…); преименувайте файла` });
      }
      const read = checkFile(root, file, spec.schema, cache);
      problems.push(...read.problems);
      if (read.data === undefined) continue;
      // A reference whose own value the schema rejected is reported once, by the schema.
      const rejected = new Set(read.problems.map((p) => p.field));
      const references = rawReferences(name, read.data).filter((r) => !rejected.has(r.field));
      problems.push(...imageFileProblems(root, file, read.data, read.lineOf).filter((p) => !rejected.has(p.field)));
      referencing.push({ file, references, lineOf: read.lineOf, paths: new Map(references.map((r) => [r.field, r.path])) });
      if (!read.problems.length && (name === 'projects' || name === 'programmes')) valid[name].set(id, read);
      if (name === 'organizations') takesDonations.set(id, Boolean((read.data as { donations?: unknown }).donations));
      if (!english.has(name)) english.set(name, []);
      english.get(name)!.push({ id, file, lineOf: read.lineOf, data: read.data as { en?: { slug?: string } } });
    }
  }
  for (const entries of english.values()) {
    for (const clash of englishSlugClashes(entries)) {
      const entry = entries.find((e) => e.id === clash.id)!;
      const message = `„${clash.slug}“ е английският адрес и на файла ${clash.other}; всяка страница иска свой адрес, изберете друг`;
      problems.push({ file: entry.file, line: entry.lineOf(['en', 'slug']), field: 'en.slug', message, kind: 'schema' });
    }
  }
  problems.push(...checkFile(root, SITE_FILE, siteSchema, cache).problems);
  problems.push(...checkFile(root, REDIRECTS_FILE, redirectsSchema, cache).problems);
  problems.push(...checkFile(root, SEARCH_SYNONYMS_FILE, searchSynonymsSchema, cache).problems);

  const lines = new Map(referencing.map((r) => [r.file, r]));
  for (const broken of brokenReferences(referencing, known)) {
    const entry = lines.get(broken.file);
    const path = entry?.paths.get(broken.field);
    problems.push({ file: broken.file, line: path ? entry?.lineOf(path) : undefined, field: broken.field, message: broken.message, kind: 'reference' });
  }

  // A project's donations go to an organization that gives bank details; otherwise the page would offer nothing.
  for (const [, project] of valid.projects) {
    const to = (project.data as ProjectData).donations?.organization;
    if (!to || takesDonations.get(to) !== false) continue;
    problems.push({
      file: project.file,
      line: project.lineOf(['donations', 'organization']),
      field: 'donations.organization',
      message: `организацията „${to}“ няма данни за дарения (donations) в content/organizations/${to}.yaml; добавете там банковата сметка или махнете даренията от проекта`,
      kind: 'reference',
    });
  }

  // A contract number and its programme must agree: BG05M9OP001-… belongs to the programme whose cci is 2014BG05M9OP001.
  for (const [, project] of valid.projects) {
    const data = project.data as ProjectData;
    const entries = [
      ...(data.funding ?? []).map((f, i) => ({ path: ['funding', i], ...f })),
      ...(data.otherSources ?? []).map((o, i) => ({ path: ['otherSources', i], ...o })),
    ];
    for (const entry of entries) {
      const cci = entry.programme && (valid.programmes.get(entry.programme)?.data as { cci?: string } | undefined)?.cci;
      if (!entry.contractNumber || !cci || contractMatchesCci(entry.contractNumber, cci)) continue;
      const path = [...entry.path, 'contractNumber'] as (string | number)[];
      problems.push({
        file: project.file,
        line: project.lineOf(path),
        field: path.join('.'),
        message: `договорът ${entry.contractNumber} не е от програмата „${entry.programme}“ (кодът ѝ е ${cci}, а номерата на договорите ѝ започват с ${cci.slice(4)}-); проверете номера или програмата`,
        kind: 'reference',
      });
    }
  }

  // Publicity of every project whose file and programmes are valid; the rest wait for their fixes.
  const publicity: PublicityEntry[] = [];
  for (const [, project] of valid.projects) {
    const data = project.data as ProjectData;
    const programmes = (data.funding ?? []).map((f) => valid.programmes.get(f.programme)?.data as ProgrammeData | undefined);
    if (programmes.some((p) => !p)) continue;
    const result = publicityEntry(project.file, data, project.body, (id) => valid.programmes.get(id)!.data as ProgrammeData);
    publicity.push(result);
    for (const r of result.results.filter((x) => x.outcome === 'fail')) {
      problems.push({
        file: project.file,
        kind: 'publicity',
        rule: { id: r.id, cites: r.cites },
        message: `публичност на ЕС: ${r.title} – ${r.detail} (${r.cites})`,
      });
    }
  }

  // Each file's problems together, files in the order they were read, lines in order.
  const order = (file: string) => fileOrder.get(file) ?? fileOrder.size;
  const rank = { 'file-name': 0, yaml: 1, schema: 2, reference: 2, publicity: 3 } as const;
  problems.sort((a, b) => order(a.file) - order(b.file) || rank[a.kind] - rank[b.kind] || (a.line ?? 0) - (b.line ?? 0));
  cache?.save();
  return { problems, counts, publicity, ...(cache && { cache: cache.counts }) };
}

/** Every problem as formatProblem writes it, for callers that only print or search them. */
export function checkContent(root: string): string[] {
  return checkEverything(root).problems.map(formatProblem);
}
