/**
 * Reads a content file's data the way the schemas expect it. YAML is parsed by the YAML 1.2
 * core schema, which keeps dates as the text the editor wrote: the parser Astro uses would
 * silently turn an unquoted 2020-02-31 into 2 March, and the schema could not tell.
 * Every problem is a ContentProblem with the line of the field in the file.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { formatFieldPath, formatProblem, type ContentProblem } from '../lib/content-errors.ts';
import { EMPTY, EMPTY_OPTIONAL } from '../schemas/fields.ts';
import { errorMapAt, isOptionalField } from './schema-path.ts';
import { frontMatterOf, yamlProblems } from './yaml-problems.ts';

/** A content file that cannot be used, with one editor's message per problem. */
export class ContentError extends Error {
  /** Each problem as formatProblem writes it. */
  readonly problems: string[];
  readonly details: ContentProblem[];

  constructor(details: ContentProblem[]) {
    const problems = details.map(formatProblem);
    super(`Съдържанието има ${problems.length === 1 ? 'грешка' : `${problems.length} грешки`}:\n${problems.map((p) => `  • ${p}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
    this.details = details;
  }
}

/** The line of a field in the file, from its path; undefined when the field is not written. */
export type LineOf = (path: ReadonlyArray<PropertyKey>) => number | undefined;

export interface ContentText {
  /** The data, or undefined when the YAML (or the front matter's frame) cannot be read. */
  data: unknown;
  /** YAML mistakes; when there are any, data is undefined. */
  problems: ContentProblem[];
  lineOf: LineOf;
  /** An MDX file's text after the front matter. */
  body: string;
}

/** The line of the deepest written part of `path`: the key of a field, or the list item. */
function lineFinder(doc: ReturnType<typeof parseDocument>, counter: LineCounter, lineOffset: number): LineOf {
  const lineAt = (node: Node | null | undefined) => (node?.range ? counter.linePos(node.range[0]).line + lineOffset : undefined);
  return (path) => {
    for (let n = path.length; n > 0; n -= 1) {
      const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1) as unknown[], true);
      const last = path[n - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === last);
        if (pair) return lineAt(pair.key as Node);
      } else if (isSeq(parent) && typeof last === 'number') {
        const item = parent.items[last];
        if (item) return lineAt(item as Node);
      }
    }
    return undefined;
  };
}

const noLines: LineOf = () => undefined;

/** Parses a YAML file's text, or an MDX file's front matter. */
export function readContentText(source: string, file: string): ContentText {
  let yaml = source;
  let lineOffset = 0;
  let body = '';
  if (/\.mdx?$/.test(file)) {
    const frame = frontMatterOf(source, file);
    if ('kind' in frame) return { data: undefined, problems: [frame], lineOf: noLines, body: '' };
    ({ yaml, lineOffset, body } = frame);
  }
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { schema: 'core', uniqueKeys: true, lineCounter: counter });
  if (doc.errors.length) return { data: undefined, problems: yamlProblems(yaml, doc.errors, file, lineOffset), lineOf: noLines, body };
  return { data: doc.toJS() ?? {}, problems: [], lineOf: lineFinder(doc, counter, lineOffset), body };
}

/** The data of a YAML file, or the front matter of an MDX file; throws ContentError on YAML mistakes. */
export function parseContentText(source: string, file: string): unknown {
  const content = readContentText(source, file);
  if (content.problems.length) throw new ContentError(content.problems);
  return content.data;
}

export function readContentData(absolutePath: string, file: string): unknown {
  return parseContentText(readFileSync(absolutePath, 'utf8'), file);
}

/** The schema's output, or one problem per mistake with its line. */
export function schemaProblems<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
  lineOf: LineOf = noLines,
): { data?: z.output<T>; problems: ContentProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data, problems: [] };
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  const add = (path: ReadonlyArray<PropertyKey>, message: string, linePath = path) => {
    const field = formatFieldPath(path) || undefined;
    const key = `${field}\n${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ file, line: lineOf(linePath), field, message, kind: 'schema' });
  };
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // One problem per unknown field, at its own line, in the group's own words.
      const errorMap = errorMapAt(schema, issue.path);
      for (const key of issue.keys) {
        const own = errorMap?.({ code: 'unrecognized_keys', keys: [key], input: undefined });
        add(issue.path, typeof own === 'string' ? own : issue.message, [...issue.path, key]);
      }
      continue;
    }
    add(issue.path, issue.message === EMPTY && isOptionalField(schema, issue.path) ? EMPTY_OPTIONAL : issue.message);
  }
  // In the order of the file; fields that are not written (no line) first.
  return { problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/** The schema's output, or a ContentError naming the file, each field and what to write. */
export function validateContent<T extends z.ZodType>(schema: T, data: unknown, file: string, lineOf?: LineOf): z.output<T> {
  const { data: valid, problems } = schemaProblems(schema, data, file, lineOf);
  if (problems.length) throw new ContentError(problems);
  return valid as z.output<T>;
}

/** One file read and checked, with lines: the schema's output and the data as written; throws ContentError. */
export function readCheckedContent<T extends z.ZodType>(schema: T, absolutePath: string, file: string): { valid: z.output<T>; data: unknown; lineOf: LineOf } {
  const content = readContentText(readFileSync(absolutePath, 'utf8'), file);
  if (content.problems.length) throw new ContentError(content.problems);
  return { valid: validateContent(schema, content.data, file, content.lineOf), data: content.data, lineOf: content.lineOf };
}

/**
 * The files of a content folder, in name order: the one listing the loaders, the checks, the
 * editor and the scaffolds share. A missing folder has no files.
 */
export function contentFiles(root: string, spec: { path: string; pattern: string }): { id: string; file: string }[] {
  const extension = spec.pattern.slice(1);
  if (!existsSync(join(root, spec.path))) return [];
  return readdirSync(join(root, spec.path))
    .filter((f) => f.endsWith(extension))
    .sort()
    .map((f) => ({ id: f.slice(0, -extension.length), file: `${spec.path}/${f}` }));
}

/** Every file of a collection folder, read and validated; throws ContentError on the first bad one. */
export function readCollection<T>(root: string, spec: { path: string; pattern: string; schema: z.ZodType }): { id: string; file: string; data: T }[] {
  return contentFiles(root, spec).map(({ id, file }) => ({ id, file, data: readCheckedContent(spec.schema, join(root, file), file).valid as T }));
}
