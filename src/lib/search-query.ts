/**
 * Bulgarian inflects by suffix, the definite article included (градина → градините), and
 * alternates vowels inside the stem (ранен → ранни). Pagefind has no Bulgarian stemmer and
 * matches query words as prefixes, so each query word is cut to its stem (src/lib/bg-stem.ts),
 * and the index holds, next to each page's words, the stems no prefix reaches (ранн for
 * „ранен“; see searchStems). A word then matches when its stem is the start of a page word
 * or of a page word's stem.
 */
import { stemBg } from './bg-stem.ts';

export { stemBg };

/** Short function words that carry no meaning in a search. */
const STOP_WORDS = new Set(['в', 'във', 'на', 'за', 'и', 'с', 'със', 'от', 'до', 'по', 'към', 'при', 'или', 'как', 'къде', 'да', 'ли', 'се', 'са', 'е']);

/** Words this short never match as a prefix: „ре“ (of „Ре:дарител“) would match everything. */
const MIN_PREFIX = 3;

/** Words of query text: lower case, split on anything that is not a letter or digit. */
const WORD_PARTS = /[^\p{L}\p{N}]+/u;
export const words = (text: string) => text.toLocaleLowerCase('bg').split(WORD_PARTS).filter(Boolean);

/** One group of the synonym table (content/search-synonyms.yaml): any of `words` searches for `search`. */
export interface SynonymGroup {
  words: string[];
  search: string;
}

/** A query word's replacement from the synonym table, compared by stem (дарения, дарение → дарете). */
function synonym(word: string, groups: SynonymGroup[]): string | undefined {
  const stem = stemBg(word);
  return groups
    .find((g) => g.words.some((w) => w.toLocaleLowerCase('bg') === word || stemBg(w.toLocaleLowerCase('bg')) === stem))
    ?.search.toLocaleLowerCase('bg');
}

/** The query's words: lower case, stop words and one- or two-letter words dropped (unless nothing else is left), synonyms replaced. */
function queryWords(query: string, groups: SynonymGroup[]): string[] {
  const all = words(query);
  const meaningful = all.filter((w) => !STOP_WORDS.has(w) && (w.length >= MIN_PREFIX || /\d/.test(w)));
  const chosen = meaningful.length ? meaningful : all.filter((w) => !STOP_WORDS.has(w));
  return [...new Set((chosen.length ? chosen : all).flatMap((w) => words(synonym(w, groups) ?? w)))];
}

/** The terms a page must hold (see matchesQuery): each query word's stem, repeats removed. */
export function normalizeQuery(query: string, groups: SynonymGroup[] = []): string {
  return [...new Set(queryWords(query, groups).map((w) => stemBg(w)))].join(' ');
}

/**
 * What Pagefind is asked, best first. Pagefind ranks a whole word above a longer one it only
 * starts, so the first query keeps the word as typed where only vowel alternation would change
 * it (казанлък, not казанлк). When alternation does change a word, a second query asks for the
 * part its stem shares with the word (ранен → ран), which reaches the other forms (ранните);
 * never under three letters.
 */
export function pagefindQueries(query: string, groups: SynonymGroup[] = []): string[] {
  const list = queryWords(query, groups);
  const light = list.map((w) => stemBg(w, false));
  const shared = list.map((w) => {
    const stem = stemBg(w);
    let n = 0;
    while (n < stem.length && stem[n] === w[n]) n += 1;
    return n >= MIN_PREFIX ? stem.slice(0, n) : stem;
  });
  const join = (terms: string[]) => [...new Set(terms)].join(' ');
  return [...new Set([join(light), join(shared)])];
}

/**
 * Pagefind's options for the site. Its default ranking favours short pages, so a news item or
 * an organization's page outranked the project it is about; measured on the relevance set in
 * tests/helpers/relevance-set.ts, ignoring page length lifts hit@1 without hurting hit@5.
 * No web worker: it would add a second 12 KB copy of the search code for an index this small.
 */
export const PAGEFIND_OPTIONS = { excerptLength: 24, ranking: { pageLength: 0 }, noWorker: true };

/**
 * Whether a page's text really holds every query term: as the start of one of its words or of
 * a word's stem; a term shorter than three letters only as a whole word. Pagefind ignores a
 * word it does not know and matches on the rest; such results are dropped, not shown.
 */
export function matchesQuery(content: string, normalizedQuery: string): boolean {
  const { pageWords, stems } = pageStems(content);
  return words(normalizedQuery).every((term) =>
    term.length < MIN_PREFIX && !/\d/.test(term) ? pageWords.includes(term) : pageWords.some((w, i) => w.startsWith(term) || stems[i]!.startsWith(term)),
  );
}

// A page's words and stems are worked out once per page text, each word's stem once: the
// search page checks the same pages query after query.
const stemOf = new Map<string, string>();
const pagesSeen = new Map<string, { pageWords: string[]; stems: string[] }>();
function pageStems(content: string) {
  let seen = pagesSeen.get(content);
  if (!seen) {
    const pageWords = [...new Set(words(content))];
    const stems = pageWords.map((w) => {
      let stem = stemOf.get(w);
      if (stem === undefined) stemOf.set(w, (stem = stemBg(w)));
      return stem;
    });
    seen = { pageWords, stems };
    if (pagesSeen.size > 200) pagesSeen.clear();
    pagesSeen.set(content, seen);
  }
  return seen;
}

/**
 * The stems of a page's text that no prefix of its words reaches (ранен → ранн, кратък →
 * кратк), once each: what the index needs besides the words themselves, and nothing more.
 */
export function searchStems(text: string): string[] {
  const out = new Set<string>();
  for (const w of words(text)) {
    const stem = stemBg(w);
    if (!w.startsWith(stem)) out.add(stem);
  }
  return [...out];
}
