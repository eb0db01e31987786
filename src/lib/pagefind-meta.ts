/**
 * Pagefind's pf_meta, the file every first search downloads, made small. It lists every page
 * of a language by its fragment's name: a content hash of seven hex digits, which no
 * compression can shrink (60 KB gzip at 10,000 projects, most of a 100 KiB first search).
 * Renamed to a short version shared by the whole index and the page's number, written last
 * digit first, successive names differ in one character and gzip keeps about 1.4 bytes a page.
 * Names stay unique to one build of one index (the version comes from Pagefind's own meta, which
 * holds every fragment's hash), so a fragment file can still be cached for ever. The word counts,
 * as random as the hashes, all become 1 when the ranking does not use them (wordCountsUnused).
 * Format of Pagefind 1.6 (pagefind_web/src/metadata.rs): "pagefind_dcd", then CBOR
 * [version, [[hash, word count, fragment group]…], index chunks, filter chunks, sorts, meta fields].
 */
import { decode, encode } from 'cborg';

const MAGIC = 'pagefind_dcd';

/** Pagefind's ranking options, as the search page sets them (PAGEFIND_OPTIONS.ranking). */
export interface Ranking {
  pageLength?: number;
  termFrequency?: number;
}

/**
 * Whether Pagefind's scores ignore each page's word count under this ranking: BM25's length
 * normalisation is off (pageLength 0) and term frequency is BM25's alone (termFrequency 1, the
 * default); the raw count it would mix in is the only other use of the counts.
 */
export function wordCountsUnused(ranking: Ranking | undefined): boolean {
  return ranking?.pageLength === 0 && (ranking.termFrequency ?? 1) === 1;
}

/** Page n's digits in base 16, last digit first, `width` of them. */
function reversedHex(n: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i += 1, n = Math.floor(n / 16)) out += (n % 16).toString(16);
  return out;
}

/**
 * The pages' new names: `<lang>_<version><number>`, all of one length (the version is of fixed
 * length). Kept to 16 bytes an entry in the file (with a five-letter version and up to 65,536
 * pages): gzip then points back to the entry before at a distance it writes in fewer bits.
 */
export function compactIds(count: number, lang: string, version: string): string[] {
  const width = Math.max(1, Math.ceil(Math.log(count) / Math.log(16)));
  return Array.from({ length: count }, (_, n) => `${lang}_${version}${reversedHex(n, width)}`);
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

export type Page = [hash: string, wordCount: number, group: string];

function isPage(value: unknown): value is Page {
  return Array.isArray(value) && value.length === 3 && typeof value[0] === 'string' && typeof value[1] === 'number' && typeof value[2] === 'string';
}

/**
 * A pf_meta (without its gzip) as read: its fields, the pages' [name, word count, fragment group]
 * second. Undefined unless it has Pagefind's signature, is CBOR that writes back to the same
 * bytes (an unknown format is left alone) and has pages of that shape.
 */
export function readMeta(raw: Uint8Array): [unknown, Page[], ...unknown[]] | undefined {
  if (new TextDecoder().decode(raw.subarray(0, MAGIC.length)) !== MAGIC) return undefined;
  const body = raw.subarray(MAGIC.length);
  let meta: unknown;
  try {
    meta = decode(body);
  } catch {
    return undefined;
  }
  if (!Array.isArray(meta) || !Array.isArray(meta[1]) || !sameBytes(encode(meta), body)) return undefined;
  return (meta[1] as unknown[]).every(isPage) ? (meta as [unknown, Page[], ...unknown[]]) : undefined;
}

/**
 * The meta with its pages renamed (and every word count made 1 if `flatten`: a number under 24
 * takes one byte, and 1 keeps Pagefind's average page length, which it divides by, above 0),
 * and the renaming, old name → new. Undefined when the file is not as described above, or its
 * pages' fragments are bundled in groups (whose files name pages by their hash): left as it is.
 * `raw` is the file without its gzip; `version` names this build of the index (a digest of `raw`).
 */
export function compactMeta(
  raw: Uint8Array,
  { lang, version, flatten }: { lang: string; version: string; flatten: boolean },
): { raw: Uint8Array; renames: Map<string, string> } | undefined {
  const meta = readMeta(raw);
  if (!meta || meta[1].some((p) => p[2] !== '')) return undefined;
  const pages = meta[1];
  const ids = compactIds(pages.length, lang, version);
  const renames = new Map(pages.map((p, i) => [p[0], ids[i]!]));
  const compacted = [meta[0], pages.map((p, i) => [ids[i]!, flatten ? 1 : p[1], p[2]]), ...meta.slice(2)];
  const [head, tail] = [new TextEncoder().encode(MAGIC), encode(compacted)];
  const out = new Uint8Array(head.length + tail.length);
  out.set(head);
  out.set(tail, head.length);
  return { raw: out, renames };
}
