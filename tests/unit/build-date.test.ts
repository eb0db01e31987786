import { describe, expect, it } from 'vitest';
import { resolveBuildDate } from '../../src/lib/build-date';

const now = new Date('2026-11-23T10:00:00Z');

describe('the build date', () => {
  it('uses BUILD_DATE when it is set', () => {
    expect(resolveBuildDate({ override: '2026-12-01', commitDate: '2026-11-20', now })).toEqual({ date: '2026-12-01', source: 'BUILD_DATE' });
  });

  it('defaults to the last commit date', () => {
    expect(resolveBuildDate({ override: '', commitDate: '2026-11-20\n', now })).toEqual({ date: '2026-11-20', source: 'last commit' });
  });

  it('falls back to the clock without git history, and says so', () => {
    expect(resolveBuildDate({ now })).toEqual({ date: '2026-11-23', source: 'clock' });
  });

  it('rejects an impossible BUILD_DATE instead of ignoring it', () => {
    expect(() => resolveBuildDate({ override: '2026-02-30', now })).toThrow(/не е валидна дата/);
  });
});
