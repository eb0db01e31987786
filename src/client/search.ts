/**
 * The search page: runs the query and filters from the URL (?q=&programa=…&sort=) with
 * Pagefind's JS API, tries Cyrillic readings of words typed in Latin, and shows results with
 * their type, place, status, period and amount, twenty at a time. Pagefind finds and ranks; the
 * page filters and counts the result ids with its own table of each page's filter values
 * (src/lib/search-filter-table.ts), so a query with thousands of results loads only the ones
 * drawn and no filter index makes every search slow. Loaded on
 * the search page only (/tarsene/, /en/search/: Pagefind loads the index of the page's <html lang>;
 * src/client/pagefind.ts merges in any shards).
 */
import { cyrillicReadings, isLatinWord } from '../lib/latin-bg';
import { matchesQuery, normalizeQuery, pagefindQueries, stemBg, words, type SynonymGroup } from '../lib/search-query';
import { slugify } from '../lib/transliteration';
import { countFilters, filterNamesOf, passes, readFilterTables, type FilterTable, type PageFilters } from '../lib/search-filter-table';
import { loadPagefind, type Counts, type Pagefind, type PagefindResult, type ResultData } from './pagefind';

type Texts = Record<string, string>;

const root = document.querySelector<HTMLElement>('#search')!;
const texts = JSON.parse(root.dataset.texts ?? '{}') as Texts;
const synonyms = JSON.parse(root.dataset.synonyms ?? '[]') as SynonymGroup[];
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const facets = root.querySelector<HTMLElement>('#facets')!;
const status = root.querySelector<HTMLElement>('#search-status')!;
const hint = root.querySelector<HTMLElement>('#search-hint')!;
const list = root.querySelector<HTMLOListElement>('#results')!;
const more = root.querySelector<HTMLButtonElement>('#search-more')!;

const fill = (template: string | undefined, values: Record<string, string | number>) =>
  (template ?? '').replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/**
 * Results drawn at a time (data-page may set fewer: the tests page through a small site). Only these are loaded (a fragment file each); the rest of a broad
 * query's thousands stay ids until the visitor asks for more, and the filter counts come from
 * the filter table, not from the results' own data.
 */
const PAGE = Number(root.dataset.page) || 20;
/**
 * Of the first page, the results drawn before the rest are loaded: a first search on thousands
 * of pages would otherwise wait for twenty fragment files (33 KiB at 10,000 projects) on top of
 * Pagefind's own 90 KiB before showing anything. The rest of the page follows at once.
 */
const FIRST = Math.min(PAGE, 5);
/** Pagefind's folder; a variable, so that the bundler leaves the import to the browser. */
const PAGEFIND_DIR = '/pagefind/';

/** The indexes of separately built parts of the site, merged in (content/site.yaml searchShards). */
const shards = JSON.parse(root.dataset.shards ?? '[]') as string[];
/** A file the indexer writes beside each index, read from the site's and every shard's. */
const fromEachIndex = <T>(name: string, none: T): Promise<T[]> =>
  Promise.all(
    [PAGEFIND_DIR, ...shards].map((dir) =>
      fetch(`${dir}${name}.${document.documentElement.lang}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<T>) : none))
        .catch(() => none),
    ),
  );

let pagefind: Pagefind | undefined;
/** The donation pages' ids: they go after the other results unless the query asks how to give. */
let donationIds: Set<string> | undefined;
async function load(): Promise<Pagefind> {
  if (!pagefind) {
    const [pf, donations] = await Promise.all([loadPagefind(shards), fromEachIndex<string[]>('donations', [])]);
    donationIds = new Set(donations.flat());
    pagefind = pf;
  }
  return pagefind;
}

/**
 * Each page's filter values: 35 KiB gzip at 10,000 projects, a third of what a first search
 * needs besides, so the first results are drawn before it (unless the address chose filters) and counted again
 * once it is in.
 */
let table: PageFilters | undefined;
let tableLoading: Promise<PageFilters> | undefined;
function loadTable(): Promise<PageFilters> {
  tableLoading ??= fromEachIndex<FilterTable>('filters', { names: [], values: [], ids: [], pages: [] }).then((tables) => {
    // Shown in the index's order, which is Pagefind's sorted one; merged indexes (shards) may add names.
    filterNames = [...new Set([...filterNamesOf(tables), ...filterNames])].sort();
    table = readFilterTables(tables);
    return table;
  });
  return tableLoading;
}

/** The visitor's choice: filters by name (програма → values), kept in the URL by Latin names. */
let chosen: Record<string, string[]> = {};
/** The URL's filter names (data-filters), then the index's, in its order. */
let filterNames: string[] = [];

function readUrl() {
  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  const sort = params.get('sort');
  sortSelect.value = [...sortSelect.options].find((o) => o.value && slugify(o.value) === sort)?.value ?? '';
  chosen = {};
  for (const name of filterNames) {
    const values = params.getAll(slugify(name));
    if (values.length) chosen[name] = values;
  }
}

function writeUrl(query: string) {
  const url = new URL(location.pathname, location.href);
  if (query) url.searchParams.set('q', query);
  for (const [name, values] of Object.entries(chosen)) for (const v of values) url.searchParams.append(slugify(name), v);
  if (sortSelect.value) url.searchParams.set('sort', slugify(sortSelect.value));
  history.replaceState(null, '', url);
}

/** What a query found: the ids the chosen filters let through, in the order shown, and every id found. */
interface Found {
  ids: string[];
  all: string[];
  results: Map<string, PagefindResult>;
}

/**
 * The pages that hold every term of the query (as the start of a word or of a word's stem:
 * the index holds the stems no prefix reaches, so Pagefind asked for the stems finds exactly
 * these), best first. Ranked by the query as typed where that differs (a whole word ranks
 * above a word it only starts: казанлък, not казанлк), the rest after.
 */
async function find(pf: Pagefind, query: string): Promise<Found> {
  const term = normalizeQuery(query, synonyms);
  if (!term) return { ids: [], all: [], results: new Map() };
  const found = await pf.search(term);
  const all = found.results.map((r) => r.id);
  // A shared address may choose filters before the first search: the table is needed first then.
  const filters = Object.keys(chosen).length ? await loadTable() : undefined;
  const results = new Map(found.results.filter((r) => !filters || passes(filters.get(r.id), chosen)).map((r) => [r.id, r]));
  let ids = [...results.keys()];
  const typed = pagefindQueries(query, synonyms)[0]!;
  if (sortSelect.value) {
    // Pages with the key (projects) by it, largest first; the others after them, best first.
    const rank = await sortRank(sortSelect.value);
    ids = [...ids.filter((id) => rank.has(id)).sort((a, b) => rank.get(a)! - rank.get(b)!), ...ids.filter((id) => !rank.has(id))];
  } else if (typed !== term) {
    const ranked = (await pf.search(typed)).results.map((r) => r.id).filter((id) => results.has(id));
    const first = new Set(ranked);
    ids = [...ranked, ...ids.filter((id) => !first.has(id))];
  }
  return { ids, all, results };
}

/** Per sort key, each page's place in its order (scripts/search-index.ts writes them beside the index), fetched once when first asked for. */
const sortOrders = new Map<string, Promise<Record<string, string[]>>>();
async function sortRank(name: string): Promise<Map<string, number>> {
  const lang = document.documentElement.lang;
  if (!sortOrders.has(lang))
    sortOrders.set(
      lang,
      fetch(`${PAGEFIND_DIR}sort.${lang}.json`).then((r) => r.json() as Promise<Record<string, string[]>>),
    );
  const order = (await sortOrders.get(lang)!)[name] ?? [];
  return new Map(order.map((id, i) => [id, i]));
}

/**
 * Whether one Cyrillic reading of a Latin word is in the index, checked on the first results'
 * text: Pagefind answers a word it does not know with near spellings (сафет → сайт).
 */
async function known(pf: Pagefind, reading: string): Promise<boolean> {
  const stem = stemBg(reading);
  const search = await pf.search(stem);
  const first = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
  return first.some((d) => matchesQuery(d.content, stem));
}

/** The query with each Latin word replaced by its first reading the index knows; undefined if none. */
async function cyrillicQuery(pf: Pagefind, query: string): Promise<string | undefined> {
  const parts = words(query);
  if (!parts.some(isLatinWord)) return undefined;
  let changed = false;
  const out: string[] = [];
  for (const word of parts) {
    let reading: string | undefined;
    if (isLatinWord(word)) {
      for (const candidate of cyrillicReadings(word)) {
        if (await known(pf, candidate)) {
          reading = candidate;
          break;
        }
      }
    }
    if (reading) changed = true;
    out.push(reading ?? word);
  }
  return changed ? out.join(' ') : undefined;
}

/** Adds one result's filter values to the counts (or takes them away: sign -1). */
function count(counts: Counts, data: ResultData, sign = 1) {
  for (const [name, values] of Object.entries(data.filters)) {
    const byValue = (counts[name] ??= {});
    for (const v of values) byValue[v] = (byValue[v] ?? 0) + sign;
  }
}

function renderFacets(counts: Counts) {
  facets.replaceChildren();
  // Folded on a phone, the summary still says how many filters are on.
  const on = Object.values(chosen).flat().length;
  if (summary) summary.textContent = on ? `${summaryText} (${fill(texts.filtersOn, { count: on })})` : summaryText;
  for (const name of filterNames) {
    const byValue = counts[name] ?? {};
    const shown = [...new Set([...Object.keys(byValue).filter((v) => (byValue[v] ?? 0) > 0), ...(chosen[name] ?? [])])].sort((a, b) =>
      a.localeCompare(b, 'bg'),
    );
    if (!shown.length) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = texts[`filter_${name}`] ?? name;
    fieldset.append(legend);
    for (const value of shown) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = chosen[name]?.includes(value) ?? false;
      label.append(box, ` ${value} (${Math.max(0, byValue[value] ?? 0)})`);
      fieldset.append(label);
    }
    facets.append(fieldset);
  }
}

function renderResult(result: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  // What kind of page, where, in what state, when, how much: enough to judge before opening it.
  const facts = [
    ...(result.filters['вид'] ?? []),
    (result.filters['община'] ?? []).join(', '),
    ...(result.filters['статус'] ?? []),
    result.meta.period ?? '',
    result.meta.amount ?? '',
  ].filter(Boolean);
  const about = document.createElement('p');
  about.className = 'result-facts';
  about.textContent = facts.join(' · ');
  const excerpt = document.createElement('p');
  excerpt.innerHTML = result.excerpt; // Pagefind escapes the page text and adds only <mark>
  item.append(heading, about, excerpt);
  return item;
}

function suggestionLink(query: string): HTMLAnchorElement {
  const link = document.createElement('a');
  const url = new URL(location.href);
  url.searchParams.set('q', query);
  link.href = url.pathname + url.search;
  link.textContent = query;
  return link;
}

function renderEmpty(query: string, latin: boolean) {
  const tips = document.createElement('ul');
  const tip = (content: string | Node) => {
    const li = document.createElement('li');
    li.append(content);
    tips.append(li);
  };
  tip(texts.tipSpelling ?? '');
  if (latin) tip(texts.tipCyrillic ?? '');
  const projects = document.createElement('a');
  projects.href = root.dataset.projects ?? '';
  projects.textContent = texts.tipProjects ?? '';
  tip(projects);
  hint.append(tips);
  status.textContent = fill(Object.keys(chosen).length ? `${texts.none} ${texts.clearFilters}` : texts.none, { query });
}

/** What the current query found: every id in the order shown, the ones drawn so far, and the counts. */
interface Shown {
  run: number;
  ids: string[];
  results: Map<string, PagefindResult>;
  /** The normalized queries each result was found by (a Latin query's and its Cyrillic reading's). */
  termOf: Map<string, string[]>;
  counts: Counts;
  total: number;
  drawn: number;
}
let current: Shown | undefined;

/**
 * Draws the next `size` results, each checked to hold every query term: Pagefind ignores a word it
 * does not know and matches on the rest. Such a result is not drawn, nor counted; when none of
 * the first ones holds every term, no page does (the word is unknown), and nothing is found.
 */
async function draw(shown: Shown, size = PAGE): Promise<HTMLLIElement[]> {
  const next = shown.ids.slice(shown.drawn, shown.drawn + size);
  const first = shown.drawn === 0;
  shown.drawn += next.length;
  const loaded = await Promise.all(next.map((id) => shown.results.get(id)!.data()));
  const good = loaded.filter((data, i) => {
    if (shown.termOf.get(next[i]!)!.some((term) => matchesQuery(data.content, term))) return true;
    shown.total -= 1;
    count(shown.counts, data, -1);
    return false;
  });
  if (first && next.length && !good.length) Object.assign(shown, { ids: [], total: 0, counts: {} });
  more.hidden = shown.drawn >= shown.ids.length;
  return good.map(renderResult);
}

function showStatus(shown: Shown, query: string) {
  // Unchanged text is not written again: a screen reader would read it again.
  const found = fill(texts.found, { count: shown.total, query });
  if (shown.total > 0) {
    if (status.textContent !== found) status.textContent = found;
  } else renderEmpty(query, words(query).some(isLatinWord));
}

let runs = 0;

/** `recount`: the same query again, once the filter table is in; the status stays as it is. */
async function run(recount = false) {
  const thisRun = ++runs;
  const query = input.value.trim();
  writeUrl(query);
  hint.replaceChildren();
  more.hidden = true;
  if (!query) {
    status.textContent = texts.empty ?? '';
    list.replaceChildren();
    facets.replaceChildren();
    return;
  }
  root.setAttribute('aria-busy', 'true');
  if (!recount) status.textContent = texts.loading ?? '';
  try {
    const pf = await load();
    const own = await find(pf, query);
    // Latin typing: search the Cyrillic reading too, and offer it when the Latin finds nothing.
    const cyrillic = await cyrillicQuery(pf, query);
    const extra = cyrillic ? await find(pf, cyrillic) : undefined;
    if (thisRun !== runs) return;
    // The Cyrillic reading first: a Latin word also matches addresses and e-mails (kazanlak.bg).
    // Each chosen filter counted as if it were not chosen (what ticking another box would add), over what either query found.
    const counts = table ? countFilters(table, new Set([...(extra?.all ?? []), ...own.all]), chosen) : {};
    const shown: Shown = { run: thisRun, ids: [], results: new Map(), termOf: new Map(), counts, total: 0, drawn: 0 };
    for (const [found, q] of [
      [extra, cyrillic],
      [own, query],
    ] as const) {
      if (!found || !q) continue;
      const term = normalizeQuery(q, synonyms);
      for (const id of found.ids) {
        shown.termOf.set(id, [...(shown.termOf.get(id) ?? []), term]);
        if (!shown.results.has(id)) shown.results.set(id, found.results.get(id)!);
      }
    }
    // Donation pages come first for a donation intent („дари“ → „дарете“) and after the rest
    // otherwise: a search for „Казанлък“ wants the projects there, not the bank details.
    const donate = stemBg((root.dataset.donate ?? '').toLocaleLowerCase('bg'));
    const intent = words(normalizeQuery(query, synonyms)).some((t) => t.length >= 3 && donate.startsWith(t));
    const ids = [...shown.termOf.keys()];
    shown.ids = intent ? ids : [...ids.filter((id) => !donationIds?.has(id)), ...ids.filter((id) => donationIds?.has(id))];
    shown.total = ids.length;
    const items = await draw(shown, FIRST);
    if (thisRun !== runs) return;
    current = shown;
    renderFacets(shown.counts);
    list.replaceChildren(...items);
    if (cyrillic && extra?.ids.length) {
      const line = document.createElement('p');
      if (own.ids.length) line.append(fill(texts.alsoCyrillic, { query: cyrillic }));
      else line.append(texts.didYouMean ?? '', suggestionLink(cyrillic), '?');
      hint.append(line);
    }
    showStatus(shown, query);
    if (shown.drawn < PAGE && shown.drawn < shown.ids.length) await drawRest(shown, PAGE - shown.drawn);
    if (!table) {
      await loadTable();
      if (thisRun === runs) void run(true);
    }
  } catch {
    status.textContent = texts.error ?? '';
  } finally {
    if (thisRun === runs) root.removeAttribute('aria-busy');
  }
}

/** Draws the next results after those shown; the counts and status change only if some did not hold every term. */
async function drawRest(shown: Shown, size = PAGE): Promise<HTMLLIElement[]> {
  const total = shown.total;
  const items = await draw(shown, size);
  if (shown.run !== runs) return [];
  list.append(...items);
  if (shown.total !== total) {
    renderFacets(shown.counts);
    showStatus(shown, input.value.trim());
  }
  return items;
}

more.addEventListener('click', async () => {
  const shown = current;
  if (!shown || shown.run !== runs) return;
  const items = await drawRest(shown);
  // Keyboard and screen-reader users continue at the first new result.
  items[0]?.querySelector('a')?.focus();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
sortSelect.addEventListener('change', () => void run());
facets.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  const values = new Set(chosen[box.name] ?? []);
  if (box.checked) values.add(box.value);
  else values.delete(box.value);
  if (values.size) chosen[box.name] = [...values];
  else delete chosen[box.name];
  void run();
});
// Filters fold on phones (results first) and stand open beside the results from 768 px.
const facetsBox = root.querySelector<HTMLDetailsElement>('#facets-box');
const wide = matchMedia('(min-width: 768px)');
const unfold = () => facetsBox && (facetsBox.open = wide.matches);
const summary = facetsBox?.querySelector('summary');
const summaryText = summary?.textContent ?? '';
wide.addEventListener('change', unfold);
filterNames = JSON.parse(root.dataset.filters ?? '[]') as string[];
readUrl();
unfold();
void run();
