/** The one way components and pages get interface text: the table for the page's language. */
import { bg } from './bg.ts';
import { en } from './en.ts';
import { LANGS, langOf, type Lang } from './lang.ts';
import type { DateSpan, Duration } from '../lib/period.ts';
import type { UiStrings } from './ui-strings.ts';

export type { UiStrings } from './ui-strings.ts';
export { langOf, type Lang } from './lang.ts';

const TABLES: Record<Lang, UiStrings> = { bg, en };

export function strings(lang: Lang): UiStrings {
  return TABLES[lang];
}

/** For an Astro component or page: `const ui = stringsFor(Astro.currentLocale)`. */
export function stringsFor(locale: string | undefined): UiStrings {
  return strings(langOf(locale));
}

/** „15.09.2019 г. – 31.12.2020 г. (15 месеца и 17 дни)“, or whichever of the two is known. */
export function periodText(ui: UiStrings, dates: DateSpan | undefined, duration: Duration | undefined): string | undefined {
  const d = dates && ui.period.dates(dates);
  const n = duration && ui.period.duration(duration);
  return d && n ? `${d} (${n})` : (d ?? n);
}

/** Every text that can stand beside the emblem, in every language: the glyphs the emblem font is cut to. */
export const EMBLEM_TEXTS: string[] = LANGS.flatMap((lang) => Object.values(strings(lang).eu.caption));
