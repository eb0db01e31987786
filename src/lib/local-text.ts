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
export function localList<T = string>(bg: readonly T[], en: readonly T[] | undefined, lang: Lang): { items: T[]; lang: Lang } {
  return lang === 'en' && en && en.length === bg.length ? { items: [...en], lang: 'en' } : { items: [...bg], lang: 'bg' };
}

/** The `lang` attribute an element needs on a page in `pageLang`: none when the text is in it. */
export function langAttr(textLang: Lang, pageLang: Lang): Lang | undefined {
  return textLang === pageLang ? undefined : textLang;
}

/** A piece of interface text, or a content name inside it (`name: true`). */
export interface TextPart {
  text: string;
  name: boolean;
}

/**
 * Interface text that has content names in it („Supported by Фондация …“), cut into the
 * interface's words and the names, so that each name can carry its own language. Longer names
 * are found first, so that a name inside another is not cut out of it.
 */
export function markNames(text: string, names: readonly string[]): TextPart[] {
  const wanted = [...new Set(names.filter(Boolean))].sort((a, b) => b.length - a.length);
  const parts: TextPart[] = [];
  let rest = text;
  while (rest) {
    const found = wanted
      .map((name) => ({ name, at: rest.indexOf(name) }))
      .filter((f) => f.at >= 0)
      .sort((a, b) => a.at - b.at || b.name.length - a.name.length)[0];
    if (!found) {
      parts.push({ text: rest, name: false });
      break;
    }
    if (found.at > 0) parts.push({ text: rest.slice(0, found.at), name: false });
    parts.push({ text: found.name, name: true });
    rest = rest.slice(found.at + found.name.length);
  }
  return parts;
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
