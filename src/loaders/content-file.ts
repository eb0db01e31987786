/**
 * Reads a content file's data the way the schemas expect it. YAML is parsed by the YAML 1.2
 * core schema, which keeps dates as the text the editor wrote: the parser Astro uses would
 * silently turn an unquoted 2020-02-31 into 2 March, and the schema could not tell.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { formatContentIssues } from '../lib/content-errors.ts';

/** A content file that cannot be used, with one editor's message per problem. */
export class ContentError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Съдържанието има ${problems.length === 1 ? 'грешка' : `${problems.length} грешки`}:\n${problems.map((p) => `  • ${p}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** What a YAML error means for an editor, by the parser's error code. */
const YAML_HINTS: Record<string, string> = {
  MISSING_CHAR: 'незатворени кавички: всяко "…" трябва да се затвори на същия ред',
  DUPLICATE_KEY: 'полето се повтаря; оставете го само веднъж',
  BLOCK_AS_IMPLICIT_KEY: 'двоеточие в стойността или грешен отстъп; оградете стойността с кавички "…" или подравнете реда с другите полета',
  MULTILINE_IMPLICIT_KEY: 'грешен отстъп или двоеточие в стойността; подравнете реда с другите полета или оградете стойността с кавички "…"',
};

/** The first line with an odd number of straight double quotes: where an unclosed quote opens. */
function lineOfUnclosedQuote(source: string): number | undefined {
  const index = source.split('\n').findIndex((line) => (line.match(/"/g)?.length ?? 0) % 2 === 1);
  return index === -1 ? undefined : index + 1;
}

/** Parses YAML text; `lineOffset` maps lines back to the file when the YAML is front matter. */
function parseYaml(source: string, file: string, lineOffset: number): unknown {
  const doc = parseDocument(source, { schema: 'core', uniqueKeys: true });
  if (doc.errors.length) {
    throw new ContentError(
      doc.errors.map((error) => {
        const quoteLine = error.code === 'MISSING_CHAR' ? lineOfUnclosedQuote(source) : undefined;
        const line = (quoteLine ?? error.linePos?.[0]?.line ?? 0) + lineOffset;
        const parser = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        const hint = YAML_HINTS[error.code] ?? 'проверете кавичките, двоеточията и отстъпите на този ред и на предишния';
        return `${file}, ред ${line}: YAML не може да се прочете: ${hint} (${parser})`;
      }),
    );
  }
  return doc.toJS();
}

/** The data of a YAML file, or the front matter of an MDX file. */
export function parseContentText(source: string, file: string): unknown {
  if (!/\.mdx?$/.test(file)) return parseYaml(source, file, 0) ?? {};
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    throw new ContentError([
      `${file}: няма заглавна част (front matter): файлът трябва да започва с ред ---, после полетата, после пак ред ---`,
    ]);
  }
  return parseYaml(match[1] ?? '', file, 1) ?? {};
}

export function readContentData(absolutePath: string, file: string): unknown {
  return parseContentText(readFileSync(absolutePath, 'utf8'), file);
}

/** The text after an MDX file's front matter. */
export function readContentBody(absolutePath: string): string {
  return readFileSync(absolutePath, 'utf8').replace(FRONT_MATTER, '');
}

/** Every file of a collection folder, read and validated; throws ContentError on the first bad one. */
export function readCollection<T>(root: string, spec: { path: string; pattern: string; schema: z.ZodType }): { id: string; file: string; data: T }[] {
  const ext = spec.pattern.slice(1);
  return readdirSync(join(root, spec.path))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => {
      const file = `${spec.path}/${f}`;
      return { id: f.slice(0, -ext.length), file, data: validateContent(spec.schema, readContentData(join(root, file), file), file) as T };
    });
}

/** The schema's output, or a ContentError naming the file, each field and what to write. */
export function validateContent<T extends z.ZodType>(schema: T, data: unknown, file: string): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new ContentError(formatContentIssues(file, result.error.issues));
}
