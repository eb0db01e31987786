/**
 * A Bulgarian stemmer: Lucene's light Bulgarian stemmer (BulgarianStemmer.java, after
 * Nakov's BulStem paper), written on immutable strings, with two additions for search:
 * four-letter words lose a final vowel too (къщи → къщ, дари → дар), and no stem is shorter
 * than three letters, so „ден“ or „ре“ never turn into a prefix that matches everything.
 * The same function runs on the query and, at build time, on the indexed pages.
 */

const VOWELS = 'аъоуеиюя';

function removeArticle(w: string): string {
  const n = w.length;
  if (n > 6 && w.endsWith('ият')) return w.slice(0, -3);
  if (n > 5 && /(ът|то|те|та|ия)$/.test(w)) return w.slice(0, -2);
  if (n > 4 && w.endsWith('ят')) return w.slice(0, -2);
  return w;
}

function removePlural(w: string): string {
  const n = w.length;
  if (n > 6) {
    if (w.endsWith('овци')) return w.slice(0, -3); // бащовци → баща (Lucene keeps the о)
    if (w.endsWith('ове')) return w.slice(0, -3); // бракове → брак
    if (w.endsWith('еве')) return `${w.slice(0, -3)}й`; // краеве → край
  }
  if (n > 5) {
    if (w.endsWith('ища')) return w.slice(0, -3);
    if (w.endsWith('та')) return w.slice(0, -2);
    if (w.endsWith('ци')) return `${w.slice(0, -2)}к`; // ученици → ученик
    if (w.endsWith('зи')) return `${w.slice(0, -2)}г`; // брегзи → брег
    if (w[n - 3] === 'е' && w[n - 1] === 'и') return `${w.slice(0, -3)}я${w[n - 2]}`; // летни → лятн
  }
  if (n > 4) {
    if (w.endsWith('си')) return `${w.slice(0, -2)}х`;
    if (w.endsWith('и')) return w.slice(0, -1);
  }
  return w;
}

/**
 * The stem of one lower-case word; words with other letters (Latin, digits) stay whole.
 * `alternation: false` leaves out the vowel-alternation rules (казанлък stays казанлък).
 */
export function stemBg(word: string, alternation = true): string {
  if (!/^[а-яѐ-џ]+$/.test(word) || word.length < 4) return word;
  if (word.length > 5 && word.endsWith('ища')) return word.slice(0, -3);
  let w = removePlural(removeArticle(word));
  if (w.length > 3) {
    if (w.endsWith('я')) w = w.slice(0, -1);
    if (/[аое]$/.test(w)) w = w.slice(0, -1);
  }
  // Vowel alternation: the е or ъ of the last syllable drops in other forms (ранен/ранни, кратък/кратки).
  if (alternation && w.length > 4 && w.endsWith('ен')) w = `${w.slice(0, -2)}н`;
  if (alternation && w.length > 5 && w[w.length - 2] === 'ъ') w = w.slice(0, -2) + w.slice(-1);
  // Our addition: a four-letter word ending in a vowel loses it (къщи, дари), leaving three letters.
  if (w.length === 4 && VOWELS.includes(w[3]!) && !VOWELS.includes(w[2]!)) w = w.slice(0, 3);
  return w.length >= 3 ? w : word;
}
