/**
 * One content problem as every consumer shows it: the terminal (check:content, the build),
 * the dev preview's error page and the tests. One record per mistake.
 */
import { checkContent } from './check-content.ts';

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
}

/** "content/x.mdx, ред 12: поле period.start: „…“ не е валидна дата; …" */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}, ред ${problem.line}` : problem.file;
  return problem.field ? `${where}: поле ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

export interface ContentCheck {
  /** Every problem of every file, in file order; empty when the content is fine. */
  problems: ContentProblem[];
  /** How many files each collection holds, for the one-line success message. */
  counts: Record<string, number>;
}

/**
 * Everything an editor must fix, in one run: YAML, schemas, references and the EU publicity
 * failures. (First version: wraps the string messages of checkContent; to be replaced by
 * structured problems.)
 */
export function checkEverything(root: string): ContentCheck {
  const problems = checkContent(root).map((text): ContentProblem => {
    const cut = text.indexOf(': ');
    const head = cut === -1 ? text : text.slice(0, cut);
    const [file = head, line] = head.split(', ред ');
    return { file, line: line ? Number(line) : undefined, message: cut === -1 ? text : text.slice(cut + 2), kind: 'schema' };
  });
  return { problems, counts: {} };
}
