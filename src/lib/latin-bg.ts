/**
 * Bulgarian typed in Latin letters back to Cyrillic: the Transliteration Act in reverse
 * (sht → щ, ts → ц, a → а or ъ, ia → ия) plus the informal spellings people type on phones
 * (j → ж, c → ц, w → в, q → я, 4 → ч, 6 → ш, 6t → щ). One Latin word has several readings;
 * they come out most likely first, so the page can try them in order against the index.
 */

// Longest first; for each spelling, its readings, the usual one first.
const RULES: [string, string[]][] = [
  ['sht', ['щ', 'шт']],
  ['dzh', ['дж']],
  ['6t', ['щ', 'шт']],
  ['zh', ['ж']],
  ['ch', ['ч']],
  ['sh', ['ш']],
  ['ts', ['ц', 'тс']],
  ['tz', ['ц']],
  ['dz', ['дз']],
  ['yu', ['ю']],
  ['ya', ['я']],
  ['yo', ['йо']],
  ['ju', ['ю']],
  ['ja', ['я']],
  ['iu', ['ю', 'иу']],
  ['ia', ['ия', 'я']],
  ['a', ['а', 'ъ']],
  ['b', ['б']],
  ['c', ['ц', 'к']],
  ['d', ['д']],
  ['e', ['е']],
  ['f', ['ф']],
  ['g', ['г']],
  ['h', ['х']],
  ['i', ['и']],
  ['j', ['ж', 'й']],
  ['k', ['к']],
  ['l', ['л']],
  ['m', ['м']],
  ['n', ['н']],
  ['o', ['о']],
  ['p', ['п']],
  ['q', ['я']],
  ['r', ['р']],
  ['s', ['с']],
  ['t', ['т']],
  ['u', ['у', 'ъ', 'ю']],
  ['v', ['в']],
  ['w', ['в']],
  ['x', ['кс', 'х']],
  ['y', ['й', 'ъ', 'и']],
  ['z', ['з']],
  ['4', ['ч']],
  ['6', ['ш']],
];

/** Whether a word looks like Bulgarian typed in Latin: Latin letters, maybe 4 or 6, no other digits. */
export const isLatinWord = (word: string) => /^[a-z46]+$/.test(word) && /[a-z]/.test(word);

/** Up to `max` Cyrillic readings of one lower-case Latin word, fewest unusual choices first. */
export function cyrillicReadings(word: string, max = 8): string[] {
  const parts: string[][] = [];
  for (let i = 0; i < word.length;) {
    const rule = RULES.find(([latin]) => word.startsWith(latin, i));
    if (!rule) return [];
    parts.push(rule[1]);
    i += rule[0].length;
  }
  // Best first by the number of second or third choices, then by position (earlier stays usual).
  let level: { text: string; cost: number }[] = [{ text: '', cost: 0 }];
  for (const options of parts) {
    level = level
      .flatMap((p) => options.map((o, k) => ({ text: p.text + o, cost: p.cost + k })))
      .sort((a, b) => a.cost - b.cost)
      .slice(0, 64);
  }
  return level.slice(0, max).map((p) => p.text);
}
