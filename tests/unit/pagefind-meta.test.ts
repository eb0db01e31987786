import { encode } from 'cborg';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compactIds, compactMeta, readMeta, wordCountsUnused } from '../../src/lib/pagefind-meta';
import { PAGEFIND_OPTIONS } from '../../src/lib/search-query';

const MAGIC = new TextEncoder().encode('pagefind_dcd');
const withMagic = (body: Uint8Array) => new Uint8Array([...MAGIC, ...body]);
const hash = (i: number) => `bg_${((i * 2654435761) >>> 0).toString(16).padStart(8, '0').slice(0, 7)}`;

/** A meta as Pagefind 1.6 writes it: pages with a hash each, chunks, filters, sorts, meta fields. */
function meta(pages: [string, number, string][]) {
  return withMagic(encode(['1.6.0', pages, [['0', 'я', 'bg_1650a1c']], [['вид', 'bg_bb7f4f2']], [], ['title']]));
}
const read = (raw: Uint8Array) => readMeta(raw)!;

describe('short page names in pf_meta', () => {
  it('gives each page a name of one length, unique, after the language and the version', () => {
    for (const count of [1, 16, 17, 4096, 4097, 10_000]) {
      const ids = compactIds(count, 'bg', 'abc12');
      expect(new Set(ids).size).toBe(count);
      expect(new Set(ids.map((id) => id.length)).size).toBe(1);
      expect(ids.every((id) => id.startsWith('bg_abc12'))).toBe(true);
    }
    // Last digit first: neighbours differ in their first digit.
    expect(compactIds(300, 'en', 'v').slice(0, 3)).toEqual(['en_v000', 'en_v100', 'en_v200']);
    expect(compactIds(300, 'en', 'v')[17]).toBe('en_v110');
    // 16 bytes an entry in pf_meta at 10,000 pages: 12 letters, their length, word count, group.
    expect(compactIds(10_000, 'bg', 'abc12')[0]).toHaveLength(12);
  });

  it('renames the pages and keeps everything else, flattening the word counts only when asked', () => {
    const pages: [string, number, string][] = [
      [hash(1), 100, ''],
      [hash(2), 41, ''],
      [hash(3), 300, ''],
    ];
    const raw = meta(pages);
    const kept = compactMeta(raw, { lang: 'bg', version: 'f00d4', flatten: false })!;
    const [version, renamed, ...rest] = read(kept.raw);
    expect(version).toBe('1.6.0');
    expect(renamed).toEqual([
      ['bg_f00d40', 100, ''],
      ['bg_f00d41', 41, ''],
      ['bg_f00d42', 300, ''],
    ]);
    expect(rest).toEqual(read(raw).slice(2));
    expect([...kept.renames]).toEqual(pages.map((p, i) => [p[0], `bg_f00d4${i}`]));
    const flat = compactMeta(raw, { lang: 'bg', version: 'f00d4', flatten: true })!;
    expect(read(flat.raw)[1].map((p) => p[1])).toEqual([1, 1, 1]);
  });

  it('leaves alone what it does not know: another signature, another shape, pages in fragment groups', () => {
    const options = { lang: 'bg', version: 'f00d4', flatten: true };
    expect(compactMeta(new TextEncoder().encode('not pagefind at all'), options)).toBeUndefined();
    expect(compactMeta(withMagic(new Uint8Array([0xff, 0x00, 0x1c])), options)).toBeUndefined();
    expect(compactMeta(withMagic(encode(['1.6.0', [[hash(1), 10]]])), options)).toBeUndefined();
    expect(compactMeta(withMagic(encode({ pages: [] })), options)).toBeUndefined();
    expect(compactMeta(meta([[hash(1), 10, 'bg_group01']]), options)).toBeUndefined();
  });

  it('costs under 1.5 bytes a page gzipped at 10,000 pages, under a quarter of what the hashes cost', () => {
    const pages = Array.from({ length: 10_000 }, (_, i): [string, number, string] => [hash(i), 50 + ((i * 7919) % 600), '']);
    const before = gzipSync(meta(pages), { level: 9 }).length;
    const after = gzipSync(compactMeta(meta(pages), { lang: 'bg', version: 'f00d4', flatten: true })!.raw, { level: 9 }).length;
    expect(after / 10_000).toBeLessThan(1.5);
    expect(after).toBeLessThan(before / 4);
  });

  it('flattens word counts only under a ranking that ignores them, as the site ranks', () => {
    expect(wordCountsUnused(PAGEFIND_OPTIONS.ranking)).toBe(true);
    expect(wordCountsUnused({ pageLength: 0 })).toBe(true);
    expect(wordCountsUnused({ pageLength: 0, termFrequency: 1 })).toBe(true);
    expect(wordCountsUnused({ pageLength: 0.5 })).toBe(false);
    expect(wordCountsUnused({ pageLength: 0, termFrequency: 0.5 })).toBe(false);
    expect(wordCountsUnused({})).toBe(false);
    expect(wordCountsUnused(undefined)).toBe(false);
  });
});
