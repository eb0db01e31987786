/**
 * "Today" for everything date-bound (status, validity until a date) comes from here, so that
 * two builds of one commit are identical and a scheduled rebuild can move the day forward.
 */
import { isValidIsoDate, type IsoDate } from './dates.ts';

export interface BuildDate {
  date: IsoDate;
  /** Where the date came from, printed by the build so nobody has to guess. */
  source: 'BUILD_DATE' | 'last commit' | 'clock';
}

/**
 * The explicit BUILD_DATE wins; otherwise the last commit's date; otherwise the clock
 * (a copy without git history). A malformed BUILD_DATE is an error, not a silent fallback.
 */
export function resolveBuildDate(options: { override?: string; commitDate?: string; now: Date }): BuildDate {
  const override = options.override?.trim();
  if (override) {
    if (!isValidIsoDate(override)) {
      throw new Error(`BUILD_DATE „${override}“ не е валидна дата; пишете ГГГГ-ММ-ДД, напр. 2026-11-23`);
    }
    return { date: override, source: 'BUILD_DATE' };
  }
  const commit = options.commitDate?.trim().slice(0, 10);
  if (commit && isValidIsoDate(commit)) return { date: commit, source: 'last commit' };
  return { date: options.now.toISOString().slice(0, 10), source: 'clock' };
}
