/** The site's languages: Bulgarian is the default at `/`, English lives under `/en/`. */
export const LANGS = ['bg', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'bg';

/** The language of a page, from Astro's `currentLocale` (undefined outside i18n routing). */
export function langOf(locale: string | undefined): Lang {
  return (LANGS as readonly string[]).includes(locale ?? '') ? (locale as Lang) : DEFAULT_LANG;
}

/** The other of the two languages: where the language switch leads. */
export function otherLang(lang: Lang): Lang {
  return lang === 'bg' ? 'en' : 'bg';
}
