/**
 * Bulgarian inflects by suffix, the definite article included (градина → градините), and
 * Pagefind has no Bulgarian stemmer. Pagefind matches query words as prefixes, so cutting
 * each query word back to a light stem finds every form: „детските градини“ → „детск градин“.
 */

// Longest first. Articles, plural and adjective endings; no prefixes, no derivation.
const SUFFIXES = [
  'ищата', 'ската', 'ските', 'ският', 'ското', 'ията', 'ието',
  'ове', 'еве', 'ите', 'ата', 'ята', 'ото', 'ето', 'ища', 'ски', 'ска', 'ско',
  'ът', 'ят', 'та', 'то', 'те', 'ия', 'ии', 'ие',
  'а', 'я', 'о', 'е', 'и', 'ъ', 'у',
];

/** Words shorter than this are left alone: cutting them would match too much. */
const MIN_STEM = 4;

/** A light stem of one lower-case Cyrillic word; other words (codes, Latin names) stay whole. */
export function stemBg(word: string): string {
  if (!/^[\u0400-\u04ff]+$/.test(word)) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Short function words that carry no meaning in a search. */
const STOP_WORDS = new Set(['в', 'във', 'на', 'за', 'и', 'с', 'със', 'от', 'до', 'по', 'към', 'при', 'или', 'как', 'къде']);

/** The query Pagefind gets: lower case, stop words dropped, each Bulgarian word stemmed. */
export function normalizeQuery(query: string): string {
  const words = query.toLocaleLowerCase('bg').split(/[\s„“"'.,;:!?()]+/).filter(Boolean);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  return (meaningful.length ? meaningful : words).map(stemBg).join(' ');
}

/**
 * Pagefind's options for the site. Its default ranking favours short pages, so a news item or
 * an organization's page outranked the project it is about; measured on the relevance set in
 * tests/helpers/relevance-set.ts, ignoring page length lifts hit@1 without hurting hit@5.
 * No web worker: it would add a second 12 KB copy of the search code for an index this small.
 */
export const PAGEFIND_OPTIONS = { excerptLength: 24, ranking: { pageLength: 0 }, noWorker: true };

const WORD_PARTS = /[^\p{L}\p{N}]+/u;

/**
 * Whether a page's text really holds every query word (as the start of one of its words).
 * Pagefind falls back to short prefixes for a word it does not know („Варна“ → „в“);
 * such results are dropped rather than shown as matches.
 */
export function matchesQuery(content: string, normalizedQuery: string): boolean {
  const words = content.toLocaleLowerCase('bg').split(WORD_PARTS).filter(Boolean);
  const terms = normalizedQuery.split(WORD_PARTS).filter(Boolean);
  return terms.every((term) => words.some((word) => word.startsWith(term)));
}
