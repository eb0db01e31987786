/** The build date, set once in astro.config.mjs (BUILD_DATE, or the last commit's date). */
import type { IsoDate } from '../lib/dates.ts';

export const BUILD_DATE: IsoDate = __BUILD_DATE__;
