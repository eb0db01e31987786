// The search index: Pagefind over dist/, as `pagefind --site dist` does, except that each page
// also gets the stems of its words that no prefix reaches (ранен → ранн; see searchStems in
// src/lib/search-query.ts), in an extra indexed block the visitor never receives: the HTML in
// dist/ is not changed. English pages go to their own index (Pagefind splits by <html lang>),
// with the stems of their Bulgarian words. Prints how many stems were added. `--plain` indexes without them,
// `--output=dir` writes elsewhere (the scale benchmark compares the two), `--max-fragments=n`
// bundles the result fragments into at most n files per language (not with sort keys: see below).
// Sort keys (data-pagefind-sort) are not given to Pagefind: it would put, for each, every page
// in order into pf_meta, the file every first search downloads (35 KB of 105 at 10,000
// projects). They go to sort.<lang>.json beside the index instead (see writeSortFiles), which
// the search page fetches only when the visitor sorts. Each page's filter values also go to
// filters.<lang>.json, and the donation pages' ids to donations.<lang>.json: the search page
// filters and counts with them, since Pagefind's own counting costs seconds a query at 10,000
// projects (src/lib/search-filter-table.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { parse } from 'node-html-parser';
import { searchStems } from '../src/lib/search-query.ts';
import { buildFilterTable } from '../src/lib/search-filter-table.ts';
import { FILTER } from '../src/lib/search-facets.ts';
import { stringsFor } from '../src/i18n/index.ts';

const site = process.argv.find((a) => a.startsWith('--site='))?.slice(7) ?? 'dist';
const plain = process.argv.includes('--plain');
const output = process.argv.find((a) => a.startsWith('--output='))?.slice(9) ?? join(site, 'pagefind');
// Fewer files for hosts that cap them: Pagefind bundles the per-page fragments into at most this
// many files per language, at the cost of more bytes per result shown (docs/scale.md).
const maxFragments = Number(process.argv.find((a) => a.startsWith('--max-fragments='))?.slice(16)) || undefined;

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind') yield* htmlFiles(path);
    } else if (entry.name.endsWith('.html')) yield path;
  }
}

/** The text Pagefind indexes on a page: its data-pagefind-body blocks, ignored parts left out. */
function bodyText(html: string): string {
  const root = parse(html);
  for (const el of root.querySelectorAll('[data-pagefind-ignore], script, style')) el.remove();
  return root
    .querySelectorAll('[data-pagefind-body]')
    .map((el) => el.innerHTML.replace(/<[^>]+>/g, ' '))
    .join(' ');
}

/** A page's sort keys, taken out of the HTML Pagefind gets: name → value. */
const SORT_SPAN = /<span data-pagefind-sort="([^":]+):([^"]*)"><\/span>/g;
/** Per language, per page address: its sort keys. */
const sortKeys = new Map<string, Map<string, Record<string, string>>>();

/** Numbers compare as numbers (amounts), anything else as text (ISO dates; the sentinel 0 first). */
const compareKeys = (a: string, b: string) => {
  const [x, y] = [Number(a), Number(b)];
  return Number.isFinite(x) && Number.isFinite(y) ? x - y : a < b ? -1 : a > b ? 1 : 0;
};

/**
 * sort.<lang>.json: per sort key, the ids of the pages that have one (Pagefind's result ids:
 * its fragment file names), largest first. The ids are known only once Pagefind has written
 * its fragments, each of which names its page's address.
 */
function writeSortFiles(dir: string) {
  // Bundled fragments hold many pages each: the ids below would not be result ids.
  if (maxFragments && sortKeys.size)
    throw new Error('--max-fragments cannot be used with sort keys (data-pagefind-sort): sort.<lang>.json names one fragment per page');
  const idOf = new Map<string, string>();
  const byLang = new Map<string, { id: string; filters: Record<string, string[]> }[]>();
  for (const name of readdirSync(join(dir, 'fragment'))) {
    const data = gunzipSync(readFileSync(join(dir, 'fragment', name))).toString('utf8');
    // Pagefind's fragment: a signature, then JSON with the page's address and filters.
    const { url, filters } = JSON.parse(data.slice(data.indexOf('{'))) as { url: string; filters: Record<string, string[]> };
    const [lang, id] = [name.split('_')[0]!, name.replace(/\.pf_fragment$/, '')];
    idOf.set(`${lang} ${url}`, id);
    if (!byLang.has(lang)) byLang.set(lang, []);
    byLang.get(lang)!.push({ id, filters });
  }
  for (const [lang, pages] of byLang) {
    writeFileSync(join(dir, `filters.${lang}.json`), JSON.stringify(buildFilterTable(pages)));
    const donation = stringsFor(lang).search.kind.donation;
    writeFileSync(
      join(dir, `donations.${lang}.json`),
      JSON.stringify(
        pages
          .filter((p) => p.filters[FILTER.kind]?.includes(donation))
          .map((p) => p.id)
          .sort(),
      ),
    );
  }
  for (const [lang, pages] of sortKeys) {
    const names = [...new Set([...pages.values()].flatMap((keys) => Object.keys(keys)))];
    const order = Object.fromEntries(
      names.map((name) => [
        name,
        [...pages]
          .filter(([, keys]) => keys[name] !== undefined)
          .sort(([urlA, a], [urlB, b]) => compareKeys(b[name]!, a[name]!) || (urlA < urlB ? -1 : 1))
          .map(([url]) => idOf.get(`${lang} ${url}`))
          .filter(Boolean),
      ]),
    );
    writeFileSync(join(dir, `sort.${lang}.json`), JSON.stringify(order));
  }
}

/** The language Pagefind files a page under: its <html lang>. */
const pageLang = (html: string) => /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? '';

// Pagefind holds a whole index in memory until it writes it (2.3 GiB for both languages at
// 10,000 projects). Each language is an index of its own anyway, so one language at a time:
// Bulgarian first, while the files of the other languages are noted; then each of those.
let pages = 0;
let stems = 0;
const later = new Map<string, string[]>();
const languages: Record<string, unknown> = {};
let entry: Record<string, unknown> = {};

async function indexLanguage(files: Iterable<string>, lang: string | undefined) {
  const { index, errors } = await pagefind.createIndex({ maxFragments });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const file of files) {
    let content = readFileSync(file, 'utf8');
    // As the CLI does once any page marks its body: pages without one are not indexed.
    if (!content.includes('data-pagefind-body')) continue;
    const fileLang = pageLang(content);
    if (lang === undefined && fileLang !== 'bg') {
      if (!later.has(fileLang)) later.set(fileLang, []);
      later.get(fileLang)!.push(file);
      continue;
    }
    // The stems are of Bulgarian words (stemBg leaves other words alone), on English pages too:
    // the search page asks for stems, and names stay in Cyrillic there (Казанлък).
    if (!plain) {
      const added = searchStems(parse(bodyText(content)).text);
      stems += added.length;
      // Low weight: a stem counts as a match, but the words on the page rank above it.
      if (added.length) content = content.replace(/<\/body>/, `<div data-pagefind-body data-pagefind-weight="0.5">${added.join(' ')}</div></body>`);
    }
    const keys: Record<string, string> = {};
    content = content.replace(SORT_SPAN, (_, name: string, value: string) => ((keys[name] = value), ''));
    const response = await index.addHTMLFile({ sourcePath: relative(site, file), content });
    if (response.errors.length) throw new Error(`Pagefind, ${file}: ${response.errors.join('; ')}`);
    if (response.file) pages += 1;
    // Pagefind's language code (its fragments' prefix): the page's lang, as Pagefind reads it.
    if (response.file && Object.keys(keys).length) {
      if (!sortKeys.has(fileLang)) sortKeys.set(fileLang, new Map());
      sortKeys.get(fileLang)!.set(response.file.url, keys);
    }
  }
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  // Each writing names only its own language in pagefind-entry.json: gathered for the one written last.
  entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as Record<string, unknown>;
  Object.assign(languages, entry.languages);
  await index.deleteIndex();
}

await indexLanguage(htmlFiles(site), undefined);
for (const [lang, files] of later) await indexLanguage(files, lang);
const sorted = Object.fromEntries(
  Object.keys(languages)
    .sort()
    .map((lang) => [lang, languages[lang]]),
);
writeFileSync(join(output, 'pagefind-entry.json'), JSON.stringify({ ...entry, languages: sorted }));
writeSortFiles(output);
console.log(`Pagefind: ${pages} pages indexed${plain ? '' : `, ${stems} stems added for vowel alternation`}.`);
await pagefind.close();
