/** The one way components and pages get interface text: the table for the page's language. */
import { bg } from './bg.ts';
import { en } from './en.ts';
import { langOf, type Lang } from './lang.ts';
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
