/**
 * Latin spelling by Bulgaria's Transliteration Act (Закон за транслитерацията), used for
 * slugs: file names and URLs. The act writes a word-final „ия“ as "ia" (София → Sofia).
 */

const LETTERS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sht',
  ъ: 'a',
  ь: 'y',
  ю: 'yu',
  я: 'ya',
};

/** „Фондация „За Нашите Деца““ → "Fondatsia „Za Nashite Detsa““; letters outside Cyrillic stay. */
export function transliterate(text: string): string {
  const finalIya = text
    .replace(/ия(?![\p{L}\p{N}])/gu, '\u0001')
    .replace(/ИЯ(?![\p{L}\p{N}])/gu, '\u0002')
    .replace(/Ия(?![\p{L}\p{N}])/gu, '\u0003');
  let out = '';
  for (const char of finalIya) {
    if (char === '\u0001') out += 'ia';
    else if (char === '\u0002') out += 'IA';
    else if (char === '\u0003') out += 'Ia';
    else {
      const lower = char.toLowerCase();
      const latin = LETTERS[lower];
      if (latin === undefined) out += char;
      else out += char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    }
  }
  return out;
}

/** A URL slug: transliterated, lower case, words joined by hyphens. */
export function slugify(text: string): string {
  return transliterate(text)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What a slug may look like: lower-case Latin letters and digits, single hyphens between. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
