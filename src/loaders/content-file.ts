/**
 * Reads a content file's data the way the schemas expect it. YAML is parsed by the YAML 1.2
 * core schema, which keeps dates as the text the editor wrote: the parser Astro uses would
 * silently turn an unquoted 2020-02-31 into 2 March, and the schema could not tell.
 */
import { readFileSync } from 'node:fs';
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

/** Parses YAML text; `lineOffset` maps lines back to the file when the YAML is front matter. */
function parseYaml(source: string, file: string, lineOffset: number): unknown {
  const doc = parseDocument(source, { schema: 'core', uniqueKeys: true });
  if (doc.errors.length) {
    throw new ContentError(
      doc.errors.map((error) => {
        const line = (error.linePos?.[0]?.line ?? 0) + lineOffset;
        const first = error.message.split('\n')[0];
        return `${file}, ред ${line}: YAML не може да се прочете (${first}); проверете кавичките, двоеточията и отстъпите на този ред и на предишния`;
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

/** The schema's output, or a ContentError naming the file, each field and what to write. */
export function validateContent<T extends z.ZodType>(schema: T, data: unknown, file: string): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new ContentError(formatContentIssues(file, result.error.issues));
}
