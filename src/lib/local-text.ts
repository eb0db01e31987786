/**
 * Content written in Bulgarian, with the English the editors may add beside it (the `en` group
 * of an entry). On an English page the English text is shown when the entry has it; otherwise
 * the Bulgarian original, marked with its language, so that nothing is machine-translated and
 * screen readers read it with the right voice.
 */
import type { Lang } from '../i18n/lang.ts';

export interface LocalText {
  text: string;
  /** The language the text is written in: the page's, or Bulgarian when no translation exists. */
  lang: Lang;
}

export function localText(bg: string, en: string | undefined, lang: Lang): LocalText {
  return lang === 'en' && en ? { text: en, lang: 'en' } : { text: bg, lang: 'bg' };
}

/** A list (activities, target groups): English only when the editors gave the whole list in English. */
export function localList(bg: readonly string[], en: readonly string[] | undefined, lang: Lang): { items: string[]; lang: Lang } {
  return lang === 'en' && en && en.length === bg.length ? { items: [...en], lang: 'en' } : { items: [...bg], lang: 'bg' };
}

/** The `lang` attribute an element needs on a page in `pageLang`: none when the text is in it. */
export function langAttr(textLang: Lang, pageLang: Lang): Lang | undefined {
  return textLang === pageLang ? undefined : textLang;
}

/**
 * The text a sentence template puts before and after its argument: („page of “, „“) for
 * `(p) => \`page of ${p}\``. A page can then wrap the argument (a Bulgarian name in an English
 * sentence) in an element of its own language. Undefined when the template does not use it once.
 */
export function aroundArgument(template: (value: string) => string): [string, string] | undefined {
  const marker = '\u0000';
  const parts = template(marker).split(marker);
  return parts.length === 2 ? [parts[0]!, parts[1]!] : undefined;
}
