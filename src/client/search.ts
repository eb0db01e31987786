/**
 * The search page: runs the query and filters from the URL (?q=&programa=…&sort=) with
 * Pagefind's JS API, tries Cyrillic readings of words typed in Latin, and shows results with
 * their type, place, status, period and amount. Facet counts are counted on the very results
 * listed, so the two always agree. Loaded on the search page only (/tarsene/, /en/search/: Pagefind
 * loads the index of the page's <html lang>; src/client/pagefind.ts merges in any shards).
 */
import { cyrillicReadings, isLatinWord } from '../lib/latin-bg';
import { matchesQuery, normalizeQuery, pagefindQueries, stemBg, words, type SynonymGroup } from '../lib/search-query';
import { slugify } from '../lib/transliteration';
import { loadPagefind, type Pagefind, type ResultData } from './pagefind';

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

const fill = (template: string | undefined, values: Record<string, string | number>) =>
  (template ?? '').replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/** Results loaded and checked at most; the facet counts are counted on these. */
const MAX_RESULTS = 50;

let pagefind: Pagefind | undefined;
async function load(): Promise<Pagefind> {
  if (!pagefind) {
    // The indexes of separately built parts of the site, merged in (content/site.yaml searchShards).
    pagefind = await loadPagefind(JSON.parse(root.dataset.shards ?? '[]') as string[]);
  }
  return pagefind;
}

/** The visitor's choice: filters by name (програма → values), kept in the URL by Latin names. */
let chosen: Record<string, string[]> = {};
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

/** Results whose text really holds the query's words, best first, at most MAX_RESULTS. */
async function find(pf: Pagefind, query: string): Promise<{ data: ResultData }[]> {
  const term = normalizeQuery(query, synonyms);
  if (!term) return [];
  const sort = sortSelect.value ? { [sortSelect.value]: 'desc' as const } : undefined;
  const seen = new Set<string>();
  const out: { data: ResultData }[] = [];
  for (const q of pagefindQueries(query, synonyms)) {
    const search = await pf.search(q, { sort });
    const loaded = await Promise.all(search.results.slice(0, MAX_RESULTS).map(async (r) => ({ data: await r.data() })));
    for (const r of loaded) {
      if (seen.has(r.data.url) || !matchesQuery(r.data.content, term)) continue;
      seen.add(r.data.url);
      out.push(r);
    }
  }
  return out.slice(0, MAX_RESULTS);
}

/** Whether one Cyrillic reading of a Latin word is in the index (checked on the first results). */
async function known(pf: Pagefind, reading: string): Promise<boolean> {
  const search = await pf.search(pagefindQueries(reading).at(-1)!);
  const first = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
  return first.some((d) => matchesQuery(d.content, stemBg(reading)));
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

const passes = (data: ResultData, except?: string) =>
  Object.entries(chosen).every(([name, values]) => name === except || values.some((v) => data.filters[name]?.includes(v)));

function renderFacets(all: Record<string, Record<string, number>>, results: ResultData[]) {
  facets.replaceChildren();
  // Folded on a phone, the summary still says how many filters are on.
  const on = Object.values(chosen).flat().length;
  if (summary) summary.textContent = on ? `${summaryText} (${fill(texts.filtersOn, { count: on })})` : summaryText;
  for (const name of Object.keys(all)) {
    // Counted on the results listed, as if this one filter were not chosen: what ticking a box would add.
    const counts = new Map<string, number>();
    for (const r of results) if (passes(r, name)) for (const v of r.filters[name] ?? []) counts.set(v, (counts.get(v) ?? 0) + 1);
    const shown = [...new Set([...counts.keys(), ...(chosen[name] ?? [])])].sort((a, b) => a.localeCompare(b, 'bg'));
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
      label.append(box, ` ${value} (${counts.get(value) ?? 0})`);
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

let runs = 0;
async function run() {
  const run = ++runs;
  const query = input.value.trim();
  writeUrl(query);
  hint.replaceChildren();
  if (!query) {
    status.textContent = texts.empty ?? '';
    list.replaceChildren();
    facets.replaceChildren();
    return;
  }
  root.setAttribute('aria-busy', 'true');
  status.textContent = texts.loading ?? '';
  try {
    const pf = await load();
    const all = await pf.filters();
    const own = await find(pf, query);
    // Latin typing: search the Cyrillic reading too, and offer it when the Latin finds nothing.
    const cyrillic = await cyrillicQuery(pf, query);
    const extra = cyrillic ? await find(pf, cyrillic) : [];
    if (run !== runs) return;
    // The Cyrillic reading first: a Latin word also matches addresses and e-mails (kazanlak.bg).
    const byUrl = new Map<string, ResultData>();
    for (const r of [...extra, ...own]) if (!byUrl.has(r.data.url)) byUrl.set(r.data.url, r.data);
    // Donation pages come first for a donation intent („дари“ → „дарете“) and after the rest
    // otherwise: a search for „Казанлък“ wants the projects there, not the bank details.
    const donate = stemBg((root.dataset.donate ?? '').toLocaleLowerCase('bg'));
    const intent = words(normalizeQuery(query, synonyms)).some((t) => t.length >= 3 && donate.startsWith(t));
    const isDonation = (r: ResultData) => (r.filters['вид'] ?? []).includes(root.dataset.donationKind ?? '');
    const found = [...byUrl.values()];
    if (!intent) found.sort((a, b) => Number(isDonation(a)) - Number(isDonation(b)));
    const shown = found.filter((r) => passes(r));
    renderFacets(all, found);
    list.replaceChildren(...shown.map(renderResult));
    if (cyrillic && extra.length) {
      const line = document.createElement('p');
      if (own.length) line.append(fill(texts.alsoCyrillic, { query: cyrillic }));
      else line.append(texts.didYouMean ?? '', suggestionLink(cyrillic), '?');
      hint.append(line);
    }
    if (shown.length) {
      const template = shown.length >= MAX_RESULTS ? texts.foundMore : texts.found;
      status.textContent = fill(template, { count: shown.length, query });
    } else renderEmpty(query, words(query).some(isLatinWord));
  } catch {
    status.textContent = texts.error ?? '';
  } finally {
    if (run === runs) root.removeAttribute('aria-busy');
  }
}

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
