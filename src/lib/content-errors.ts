/**
 * Turns schema issues into lines an editor can act on: the file, the field as written in
 * the file, and the message (which already carries the value and how to write it).
 */

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
    return field ? `${file}: поле ${field}: ${issue.message}` : `${file}: ${issue.message}`;
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
