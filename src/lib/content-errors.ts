/**
 * One content problem as every consumer shows it: the terminal (check:content, the build),
 * Astro's loaders, the dev preview's error page and the tests. One record per mistake.
 */

/** What kind of YAML mistake a line holds, as named to the editor. */
export type YamlMistake =
  | 'indent'
  | 'tab'
  | 'unclosed-quote'
  | 'unclosed-bracket'
  | 'duplicate-key'
  | 'no-front-matter-start'
  | 'no-front-matter-end'
  | 'no-dash'
  | 'colon-in-value'
  | 'no-space-after-colon'
  | 'needs-quotes'
  | 'other';

export interface ContentProblem {
  /** The file, relative to the project root, e.g. content/projects/shans-za-nashite-detsa.mdx. */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** The field as an editor reads it, e.g. period.start or activities[3].title. */
  field?: string;
  /** What is wrong, with the value written and how to write it, in Bulgarian. */
  message: string;
  /** Which check found it. */
  kind: 'yaml' | 'schema' | 'reference' | 'file-name' | 'publicity';
  /** For YAML mistakes: which one. */
  yaml?: YamlMistake;
  /** For YAML mistakes: the text of the line, as written. */
  text?: string;
  /** For publicity failures: the rule's id and the article it comes from. */
  rule?: { id: string; cites: string };
}

/** "content/x.mdx, ред 12: поле period.start: „…“ не е валидна дата; …" */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}, ред ${problem.line}` : problem.file;
  return problem.field ? `${where}: поле ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

export interface FieldIssue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/** "activities[3].title": list positions are counted from 1, as an editor counts lines. */
export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part + 1}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function formatContentIssues(file: string, issues: ReadonlyArray<FieldIssue>): string[] {
  return issues.map((issue) => {
    const field = formatFieldPath(issue.path);
    return formatProblem({ file, field: field || undefined, message: issue.message, kind: 'schema' });
  });
}

/** Shows a value the way the editor wrote it, for quoting inside a message. */
export function showValue(value: unknown): string {
  if (value === null) return 'празна стойност';
  if (typeof value === 'string') return `„${value}“`;
  if (value instanceof Date) return `„${value.toISOString().slice(0, 10)}“`;
  if (Array.isArray(value)) return 'списък';
  if (typeof value === 'object') return 'група от полета';
  return `„${String(value)}“`;
}
