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
// the search page fetches only when the visitor sorts. Each bundle's pages' filter values also
// go to filters.<lang>.json in it, and its donation pages' ids to donations.<lang>.json: the
// search page filters and counts with them, since Pagefind's own counting costs seconds a query
// at 10,000 projects (src/lib/search-filter-table.ts).
//
// Shards (src/lib/search-shards.ts, docs/scale.md): when a language has more project pages than
// the shard size (`--shard-size=n`, else SEARCH_SHARD_SIZE; none by default, see SHARD_SIZE), its project pages
// go into bundles of their own (dist/pagefind/bg-1/ …) by their slug, and everything else into
// the main bundle (dist/pagefind/). The search page lists the shards (the astro step computes
// them from the catalog); this checks that it lists exactly these. Each bundle is kept in a
// cache (`--cache=dir`, else .astro/cache/vidimost-search/ beside Astro's own caches; `--no-cache`
// for none) under a digest of its input: its pages' HTML, the options, Pagefind's version and
// this script's code with everything it imports. A bundle whose digest is cached is copied, not
// indexed, and Pagefind's output is the same for the same input, so the result is byte for byte
// that of a clean run. Prints which bundles it indexed and how many it copied. Each page's stems
// are kept there too, by the page's digest: a bundle indexed again parses only its changed pages.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { transformSync } from 'esbuild';
import { parse } from 'node-html-parser';
import { PAGEFIND_OPTIONS, searchStems } from '../src/lib/search-query.ts';
import { isShardBundle, parseShardSize, shardBundle, shardBundles, shardCount, shardOf } from '../src/lib/search-shards.ts';
import { parsePath, routesFor } from '../src/lib/routes.ts';
import { LANGS, type Lang } from '../src/i18n/lang.ts';
import { buildFilterTable } from '../src/lib/search-filter-table.ts';
import { FILTER } from '../src/lib/search-facets.ts';
import { stringsFor } from '../src/i18n/index.ts';
import { compactMeta, wordCountsUnused } from '../src/lib/pagefind-meta.ts';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const site = option('site') ?? 'dist';
const plain = process.argv.includes('--plain');
// Pagefind's page names as it writes them (a hash each), for comparison: see compactBundle.
const keepIds = process.argv.includes('--keep-ids');
const output = option('output') ?? join(site, 'pagefind');
// Fewer files for hosts that cap them: Pagefind bundles the per-page fragments into at most this
// many files per language, at the cost of more bytes per result shown (docs/scale.md).
const maxFragments = Number(option('max-fragments')) || undefined;
const shardSize = parseShardSize(option('shard-size') ?? process.env.SEARCH_SHARD_SIZE, option('shard-size') ? '--shard-size' : 'SEARCH_SHARD_SIZE');
// Beside Astro's caches (astro.config.mjs cacheDir), not in node_modules: copies of the site
// link node_modules, and their indexes would meet there; this one is kept between builds as Astro's is.
const cacheDir = process.argv.includes('--no-cache') ? undefined : resolve(option('cache') ?? '.astro/cache/vidimost-search');

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

/** An element's id attribute, in the HTML Pagefind gets (the tag before it kept). */
const ELEMENT_ID = /(<[a-zA-Z][^>]*?)\sid="[^"]*"/g;

/** Numbers compare as numbers (amounts), anything else as text (ISO dates; the sentinel 0 first). */
const compareKeys = (a: string, b: string) => {
  const [x, y] = [Number(a), Number(b)];
  return Number.isFinite(x) && Number.isFinite(y) ? x - y : a < b ? -1 : a > b ? 1 : 0;
};

/** The language Pagefind files a page under: its <html lang>. */
const pageLang = (html: string) => /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? '';

const sha256 = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** A page Pagefind indexes, as read once: the content itself is read again only if its bundle is indexed. */
interface Page {
  file: string;
  /** Its path in the site, as Pagefind gets it. */
  sourcePath: string;
  lang: string;
  digest: string;
  /** Its bundle: '' for the main one, else the shard's folder in the main one (bg-1). */
  bundle: string;
}

/** What the sort files need of an indexed page: its address and result id (known once Pagefind wrote it), its sort keys. */
interface Indexed {
  url: string;
  id: string;
  sort: Record<string, string>;
}

/** The slug of a project page (/proekti/<slug>/, /en/projects/<slug>/); undefined for any other page. */
function projectSlug(sourcePath: string): string | undefined {
  const path = `/${sourcePath.replace(/(^|\/)index\.html$/, '$1')}`;
  const route = parsePath(path)?.route;
  return route?.kind === 'entry' && route.collection === 'projects' ? path.split('/').at(-2) : undefined;
}

// Every page with a body to index, in the order the folders give (the main bundle is indexed in
// it, as before shards), then each sorted into its bundle.
const pages: Page[] = [];
const projectSlugs = new Map<Page, string>();
// Bytes, not text: a gigabyte of HTML at 10,000 projects, most of it in bundles that are cached.
for (const file of htmlFiles(site)) {
  const content = readFileSync(file);
  // As the CLI does once any page marks its body: pages without one are not indexed.
  if (!content.includes('data-pagefind-body')) continue;
  const sourcePath = relative(site, file);
  // <html lang> is at the top.
  const lang = pageLang(content.subarray(0, 4096).toString('utf8'));
  const page: Page = { file, sourcePath, lang, digest: sha256(content), bundle: '' };
  pages.push(page);
  const slug = projectSlug(sourcePath);
  if (slug) projectSlugs.set(page, slug);
}
// Per language: its project pages' slugs, how many shards they need, and each page's shard.
const slugsOf = new Map<string, string[]>();
for (const [page, slug] of projectSlugs) {
  if (!slugsOf.has(page.lang)) slugsOf.set(page.lang, []);
  slugsOf.get(page.lang)!.push(slug);
}
const shardsOf = new Map([...slugsOf].map(([lang, slugs]) => [lang, shardCount(slugs.length, shardSize)]));
for (const [page, slug] of projectSlugs) {
  const count = shardsOf.get(page.lang)!;
  // Its folder in the main bundle's: the path the search page lists, less the main bundle's.
  if (count) page.bundle = shardBundle(page.lang as Lang, shardOf(slug, count)).split('/')[2]!;
}

/** The search page of each language must list exactly the shards made here, or the search would miss their projects. */
function checkSearchPages() {
  for (const lang of LANGS) {
    const expected = shardBundles(lang, slugsOf.get(lang) ?? [], shardSize);
    const file = join(site, routesFor(lang).search(), 'index.html');
    if (!existsSync(file)) {
      if (expected.length)
        throw new Error(`${file}: страницата за търсене липсва, а индексът е разделен на ${expected.length} дяла; постройте сайта с astro build преди индекса`);
      continue;
    }
    const listed = JSON.parse(parse(readFileSync(file, 'utf8')).querySelector('#search')?.getAttribute('data-shards') ?? '[]') as string[];
    const shards = listed.filter(isShardBundle);
    if (JSON.stringify(shards) !== JSON.stringify(expected))
      throw new Error(
        `${file}: страницата за търсене изброява дяловете на индекса ${JSON.stringify(shards)}, а индексът е разделен на ${JSON.stringify(expected)}. ` +
          `Постройте сайта (astro build) и индекса с един и същ размер на дял (SEARCH_SHARD_SIZE или --shard-size; без тях индексът не се дели) и от едно и също съдържание.`,
      );
  }
}
checkSearchPages();

/** The code that decides what Pagefind gets: this script and every module it imports, read from the files. */
function codeDigest(): string {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    for (const [, spec] of text.matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+)'/g)) visit(resolve(dirname(file), spec!));
  };
  visit(import.meta.filename);
  return sha256(...[...seen].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([file, text]) => [relative(import.meta.dirname, file), text]));
}
const pagefindVersion = (JSON.parse(readFileSync(join(import.meta.dirname, '../node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
const baseKey = sha256(codeDigest(), pagefindVersion, JSON.stringify({ plain, maxFragments, keepIds }));

/** Per bundle, by each page's path: what the sort files need of it. */
type Ids = Record<string, Indexed>;

/** The files a merged bundle is read through, and the search page's tables beside them; the rest (script, WebAssembly, UI) come from the main bundle. */
const MERGED_NEEDS = /^(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|index|filter|fragment|(filters|donations)\.[^/]+\.json)$/;

let indexedPages = 0;
let stems = 0;

/**
 * Each page's stems by its digest, kept beside the bundles: finding them parses the page (3 ms a
 * page; a minute of the index step at 10,000 projects), and a rebuild after one change indexes
 * the other pages of its bundle again as they were. Under the digest of this code and its
 * options (baseKey): other code, other stems. Read, then written back for the pages there are now.
 */
const stemsFile = cacheDir && join(cacheDir, `stems-${baseKey.slice(0, 16)}.json`);
const cachedStems = new Map(
  Object.entries(stemsFile && existsSync(stemsFile) ? (JSON.parse(readFileSync(stemsFile, 'utf8')) as Record<string, string[]>) : {}),
);
const foundStems = new Map<string, string[]>();
let stemsReused = 0;
function stemsOf(page: Page, content: string): string[] {
  const known = cachedStems.get(page.digest);
  if (known) stemsReused += 1;
  const list = known ?? searchStems(parse(bodyText(content)).text);
  foundStems.set(page.digest, list);
  return list;
}

/** Indexes a bundle's pages into dir, one language at a time (Pagefind holds a whole index in memory until it writes it). */
async function indexBundle(list: Page[], dir: string): Promise<Ids> {
  const urls = new Map<string, { url: string; sort: Record<string, string> }>();
  const languages: Record<string, unknown> = {};
  let entry: Record<string, unknown> = {};
  const byLang = new Map<string, Page[]>();
  // Bulgarian first, then the others in the order first met, as Pagefind writes them.
  for (const page of [...list.filter((p) => p.lang === 'bg'), ...list.filter((p) => p.lang !== 'bg')]) {
    if (!byLang.has(page.lang)) byLang.set(page.lang, []);
    byLang.get(page.lang)!.push(page);
  }
  for (const group of byLang.values()) {
    const { index, errors } = await pagefind.createIndex({ maxFragments });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    for (const page of group) {
      let content = readFileSync(page.file, 'utf8');
      // The stems are of Bulgarian words (stemBg leaves other words alone), on English pages too:
      // the search page asks for stems, and names stay in Cyrillic there (Казанлък).
      if (!plain) {
        const added = stemsOf(page, content);
        stems += added.length;
        // Low weight: a stem counts as a match, but the words on the page rank above it.
        if (added.length) content = content.replace(/<\/body>/, `<div data-pagefind-body data-pagefind-weight="0.5">${added.join(' ')}</div></body>`);
      }
      const sort: Record<string, string> = {};
      content = content.replace(SORT_SPAN, (_, name: string, value: string) => ((sort[name] = value), ''));
      // Pagefind lists every element with an id in the page's fragment (for links to parts of a
      // page, which the search page does not show): a sixth of each fragment a result loads.
      content = content.replace(ELEMENT_ID, '$1');
      const response = await index.addHTMLFile({ sourcePath: page.sourcePath, content });
      if (response.errors.length) throw new Error(`Pagefind, ${page.file}: ${response.errors.join('; ')}`);
      if (response.file) {
        indexedPages += 1;
        urls.set(page.sourcePath, { url: response.file.url, sort });
      }
    }
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    // Each writing names only its own language in pagefind-entry.json: gathered for the one written last.
    entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as Record<string, unknown>;
    Object.assign(languages, entry.languages);
    await index.deleteIndex();
  }
  const sorted = Object.fromEntries(
    Object.keys(languages)
      .sort()
      .map((lang) => [lang, languages[lang]]),
  );
  writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ ...entry, languages: sorted }));
  if (!keepIds) compactBundle(dir);
  minifyScript(dir);
  // Pagefind's fragment: a signature, then JSON with the page's address and filters; its file name is the result's id.
  const idOf = new Map<string, string>();
  const filtersOf = new Map<string, { id: string; filters: Record<string, string[]> }[]>();
  if (existsSync(join(dir, 'fragment')))
    for (const name of readdirSync(join(dir, 'fragment'))) {
      const data = gunzipSync(readFileSync(join(dir, 'fragment', name))).toString('utf8');
      const { url, filters } = JSON.parse(data.slice(data.indexOf('{'))) as { url: string; filters: Record<string, string[]> };
      const [lang, id] = [name.split('_')[0]!, name.replace(/\.pf_fragment$/, '')];
      idOf.set(`${lang} ${url}`, id);
      if (!filtersOf.has(lang)) filtersOf.set(lang, []);
      filtersOf.get(lang)!.push({ id, filters });
    }
  for (const [lang, list] of filtersOf) {
    writeFileSync(join(dir, `filters.${lang}.json`), JSON.stringify(buildFilterTable(list)));
    const donation = stringsFor(lang).search.kind.donation;
    const donations = list.filter((p) => p.filters[FILTER.kind]?.includes(donation)).map((p) => p.id);
    writeFileSync(join(dir, `donations.${lang}.json`), JSON.stringify(donations.sort()));
  }
  const ids: Ids = {};
  for (const page of list) {
    const added = urls.get(page.sourcePath);
    const id = added && idOf.get(`${page.lang} ${added.url}`);
    if (added && id) ids[page.sourcePath] = { ...added, id };
  }
  return ids;
}

/**
 * Each language's pf_meta with short page names (src/lib/pagefind-meta.ts), its fragments renamed
 * to match, and pagefind-entry.json pointing at it: Pagefind's format is checked on the way, and
 * an index it does not describe is left as Pagefind wrote it.
 */
function compactBundle(dir: string) {
  const entryFile = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  for (const [lang, about] of Object.entries(entry.languages)) {
    const metaFile = join(dir, `pagefind.${about.hash}.pf_meta`);
    const raw = gunzipSync(readFileSync(metaFile));
    // Five letters and digits (60 million values) from a digest of the meta, which names every fragment by its hash.
    const version = Number.parseInt(sha256(raw).slice(0, 8), 16).toString(36).padStart(5, '0').slice(-5);
    const compacted = compactMeta(raw, { lang, version, flatten: wordCountsUnused(PAGEFIND_OPTIONS.ranking) });
    if (!compacted) {
      console.warn(`Pagefind: ${metaFile} is not in the format expected of Pagefind 1.6; its pages keep their names.`);
      continue;
    }
    // A new name that is an old one would overwrite that page's fragment.
    const taken = [...compacted.renames.values()].find((to) => compacted.renames.has(to));
    if (taken) throw new Error(`Pagefind: the new page name ${taken} in ${metaFile} is already a fragment's name; run the index again with --keep-ids`);
    for (const [from, to] of compacted.renames) renameSync(join(dir, 'fragment', `${from}.pf_fragment`), join(dir, 'fragment', `${to}.pf_fragment`));
    about.hash = `${lang}_${sha256(compacted.raw).slice(0, 10)}`;
    rmSync(metaFile);
    writeFileSync(join(dir, `pagefind.${about.hash}.pf_meta`), gzipSync(compacted.raw, { level: 9 }));
  }
  writeFileSync(entryFile, JSON.stringify(entry));
}

/**
 * Pagefind's script, which every first search loads, minified: Pagefind ships it readable
 * (13.1 KiB gzip; 11.2 minified). The same code, so nothing else changes.
 */
function minifyScript(dir: string) {
  const file = join(dir, 'pagefind.js');
  if (existsSync(file)) writeFileSync(file, transformSync(readFileSync(file, 'utf8'), { minify: true, format: 'esm' }).code);
}

/**
 * A bundle's files into another folder as hard links (a copy where links fail, as across
 * disks): 20,000 files at 10,000 projects. Safe because nothing writes into a bundle's files
 * once written: each run writes into emptied folders, and the next astro step deletes dist/pagefind/ (src/integrations/keep-dist.ts) before it is written again.
 */
function linkTree(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [a, b] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkTree(a, b);
    else
      try {
        linkSync(a, b);
      } catch {
        copyFileSync(a, b);
      }
  }
}

// The bundles: the main one (everything that is not in a shard), then the shards in order.
const bundles = new Map<string, Page[]>([['', []]]);
const shardNames = [...new Set(pages.map((p) => p.bundle).filter(Boolean))];
for (const name of shardNames.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) bundles.set(name, []);
for (const page of pages) bundles.get(page.bundle)!.push(page);

// Written afresh, so that nothing of an earlier run stays; but only over an earlier index (--output=dist would empty the site).
if (existsSync(output) && readdirSync(output).length && !existsSync(join(output, 'pagefind-entry.json')))
  throw new Error(`${output}: папката не е празна и не е индекс на Pagefind; изберете друга с --output=папка или я изпразнете`);
rmSync(output, { recursive: true, force: true });
const used = new Set<string>();
const indexed: string[] = [];
const ids = new Map<string, Indexed>();
for (const [name, list] of bundles) {
  const dir = join(output, name);
  // A shard's pages in a fixed order, whatever order the folders give.
  if (name) list.sort((a, b) => (a.sourcePath < b.sourcePath ? -1 : 1));
  const key = sha256(baseKey, name, ...list.flatMap((p) => [p.sourcePath, p.digest]));
  const cached = cacheDir && join(cacheDir, key);
  let bundleIds: Ids;
  if (cached && existsSync(join(cached, 'ids.json'))) {
    linkTree(join(cached, 'bundle'), dir);
    bundleIds = JSON.parse(readFileSync(join(cached, 'ids.json'), 'utf8')) as Ids;
  } else {
    // The main bundle comes first: its folder holds no shard yet when it is written and kept.
    mkdirSync(dir, { recursive: true });
    bundleIds = await indexBundle(list, dir);
    if (name) for (const file of readdirSync(dir)) if (!MERGED_NEEDS.test(file)) rmSync(join(dir, file), { recursive: true });
    if (cached) {
      const partial = `${cached}.partial`;
      rmSync(partial, { recursive: true, force: true });
      linkTree(dir, join(partial, 'bundle'));
      writeFileSync(join(partial, 'ids.json'), JSON.stringify(bundleIds));
      rmSync(cached, { recursive: true, force: true });
      renameSync(partial, cached);
    }
    indexed.push(name || 'main');
  }
  used.add(key);
  for (const [sourcePath, info] of Object.entries(bundleIds)) ids.set(sourcePath, info);
}
// The cache holds this run's bundles only: a bundle of pages that have since changed is not needed again.
if (stemsFile) used.add(basename(stemsFile));
if (cacheDir && existsSync(cacheDir))
  for (const name of readdirSync(cacheDir)) if (!used.has(name)) rmSync(join(cacheDir, name), { recursive: true, force: true });
if (stemsFile && !plain) {
  // The stems of every page there is now: found in this run, or kept from the last for the pages of bundles copied.
  const now = pages.flatMap((p) => {
    const list = foundStems.get(p.digest) ?? cachedStems.get(p.digest);
    return list ? [[p.digest, list] as const] : [];
  });
  mkdirSync(cacheDir!, { recursive: true });
  writeFileSync(`${stemsFile}.partial`, JSON.stringify(Object.fromEntries(now)));
  renameSync(`${stemsFile}.partial`, stemsFile);
}

/**
 * sort.<lang>.json: per sort key, the ids of the pages that have one (Pagefind's result ids:
 * its fragment file names, in whichever bundle), largest first. The ids are known only once
 * Pagefind has written its fragments, each of which names its page's address.
 */
function writeSortFiles(dir: string) {
  // In the folders' order, as the main bundle is indexed: the sort names come in the order first met.
  const withKeys = pages.flatMap((page) => {
    const info = ids.get(page.sourcePath);
    return info && Object.keys(info.sort).length ? [{ lang: page.lang, ...info }] : [];
  });
  // Bundled fragments hold many pages each: the ids below would not be result ids.
  if (maxFragments && withKeys.length)
    throw new Error('--max-fragments cannot be used with sort keys (data-pagefind-sort): sort.<lang>.json names one fragment per page');
  for (const lang of new Set(withKeys.map((p) => p.lang))) {
    const inLang = withKeys.filter((p) => p.lang === lang);
    const names = [...new Set(inLang.flatMap(({ sort }) => Object.keys(sort)))];
    const order = Object.fromEntries(
      names.map((name) => [
        name,
        inLang
          .filter(({ sort }) => sort[name] !== undefined)
          .sort((a, b) => compareKeys(b.sort[name]!, a.sort[name]!) || (a.url < b.url ? -1 : 1))
          .map(({ id }) => id),
      ]),
    );
    writeFileSync(join(dir, `sort.${lang}.json`), JSON.stringify(order));
  }
}
writeSortFiles(output);

const shards = bundles.size - 1;
const cacheNote = `${bundles.size - indexed.length} copied from ${cacheDir ? relative(process.cwd(), cacheDir) : 'no cache'}`;
console.log(
  `Pagefind: ${indexedPages} pages indexed${plain ? '' : `, ${stems} stems added for vowel alternation (those of ${stemsReused} pages from the cache)`}.` +
    (shards ? ` Bundles: main and ${shards} shards of project pages (about ${shardSize} a shard at most).` : '') +
    (shards || indexed.length < bundles.size ? ` Indexed: ${indexed.length} (${indexed.join(', ') || 'none'}); ${cacheNote}.` : ''),
);
await pagefind.close();
