import { describe, expect, it } from 'vitest';
import { formatContentIssues, formatFieldPath, formatProblem, showValue } from '../../src/lib/content-errors';

// Example file names and values, not real content.
const FILE = 'content/projects/primer.mdx';

describe('content problems as the editor reads them', () => {
  it('counts list positions from 1 and joins field names with dots', () => {
    expect(formatFieldPath(['activities', 2, 'title'])).toBe('activities[3].title');
    expect(formatFieldPath(['period', 'start'])).toBe('period.start');
    expect(formatFieldPath([0, 'name'])).toBe('[1].name');
    expect(formatFieldPath([])).toBe('');
  });

  it('names the file, and the line and field when known', () => {
    expect(formatProblem({ file: FILE, line: 12, field: 'period.start', message: 'не е дата', kind: 'schema' })).toBe(
      `${FILE}, ред 12: поле period.start: не е дата`,
    );
    expect(formatProblem({ file: FILE, message: 'липсва', kind: 'yaml' })).toBe(`${FILE}: липсва`);
  });

  it('gives each schema issue its own line, naming the field only when the issue has one', () => {
    const lines = formatContentIssues(FILE, [
      { path: ['targetGroups', 0], message: 'празен текст' },
      { path: [], message: 'файлът е празен' },
    ]);
    expect(lines).toEqual([`${FILE}: поле targetGroups[1]: празен текст`, `${FILE}: файлът е празен`]);
  });

  it('quotes a value the way the editor wrote it, and names the kinds that have no text', () => {
    expect(showValue('31.02.2020')).toBe('„31.02.2020“');
    expect(showValue(new Date('2020-02-29T00:00:00Z'))).toBe('„2020-02-29“');
    expect(showValue(42)).toBe('„42“');
    expect(showValue(false)).toBe('„false“');
    expect(showValue(null)).toBe('празна стойност');
    expect(showValue(['a'])).toBe('списък');
    expect(showValue({ a: 1 })).toBe('група от полета');
  });
});
