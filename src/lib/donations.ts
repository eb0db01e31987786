/** What a donation page derives from an organization's donation details at the build date. */
import { compareIsoDates, type IsoDate } from './dates.ts';

/** Whether a DMS keyword may be shown: only on the days it is valid. */
export function dmsValidOn(dms: { from: IsoDate; until: IsoDate } | undefined, today: IsoDate): boolean {
  return Boolean(dms && compareIsoDates(dms.from, today) <= 0 && compareIsoDates(today, dms.until) <= 0);
}
