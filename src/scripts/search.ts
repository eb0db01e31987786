/**
 * The search page: runs the query from the URL (?q=) with Pagefind's JS API, shows facets,
 * sorting and results, and announces the count to screen readers. Loaded on /tarsene/ only.
 */
import { PAGEFIND_OPTIONS, matchesQuery, normalizeQuery } from '../lib/search-query';

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: { title?: string; summary?: string };
}
interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}
interface Texts {
  found: string;
  none: string;
  empty: string;
  loading: string;
  error: string;
  filtersHeading: string;
  [key: string]: string;
}

const root = document.querySelector<HTMLElement>('#search')!;
const texts = JSON.parse(root.dataset.texts ?? '{}') as Texts;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const facets = root.querySelector<HTMLElement>('#facets')!;
const status = root.querySelector<HTMLElement>('#search-status')!;
const list = root.querySelector<HTMLOListElement>('#results')!;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/** Results shown at most; each is checked against the query's words before it is shown. */
const MAX_RESULTS = 30;

let pagefind: Pagefind | undefined;
async function load(): Promise<Pagefind> {
  if (!pagefind) {
    pagefind = (await import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`)) as Pagefind;
    await pagefind.options(PAGEFIND_OPTIONS);
  }
  return pagefind;
}

function chosenFilters(): Record<string, { any: string[] }> {
  const chosen: Record<string, { any: string[] }> = {};
  for (const box of facets.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    (chosen[box.name] ??= { any: [] }).any.push(box.value);
  }
  return chosen;
}

function renderFacets(all: Record<string, Record<string, number>>, counts: Record<string, Record<string, number>>) {
  const chosen = chosenFilters();
  facets.replaceChildren();
  for (const [name, values] of Object.entries(all)) {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = texts[`filter_${name}`] ?? name;
    fieldset.append(legend);
    // Values with no result under the current query are left out, unless the visitor chose them.
    const shown = Object.keys(values).filter((v) => (counts[name]?.[v] ?? 0) > 0 || chosen[name]?.any.includes(v));
    if (!shown.length) continue;
    for (const value of shown.sort((a, b) => a.localeCompare(b, 'bg'))) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = chosen[name]?.any.includes(value) ?? false;
      label.append(box, ` ${value} (${counts[name]?.[value] ?? 0})`);
      fieldset.append(label);
    }
    facets.append(fieldset);
  }
}

async function run() {
  const query = input.value.trim();
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  if (!query) {
    status.textContent = texts.empty;
    list.replaceChildren();
    return;
  }
  status.textContent = texts.loading;
  try {
    const pf = await load();
    const sort = sortSelect.value ? { [sortSelect.value]: 'desc' as const } : undefined;
    const all = await pf.filters(); // loads the filter index first, so the search can count by filter
    const term = normalizeQuery(query);
    const search = await pf.search(term, { filters: chosenFilters(), sort });
    renderFacets(all, search.filters);
    const results = (await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()))).filter((r) => matchesQuery(r.content, term));
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const heading = document.createElement('h2');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        heading.append(link);
        const excerpt = document.createElement('p');
        excerpt.innerHTML = result.excerpt; // Pagefind escapes the page text and adds only <mark>
        item.append(heading, excerpt);
        return item;
      }),
    );
    status.textContent = results.length
      ? fill(texts.found, { count: results.length, query })
      : fill(texts.none, { query });
  } catch {
    status.textContent = texts.error;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
sortSelect.addEventListener('change', () => void run());
facets.addEventListener('change', () => void run());
input.value = new URL(location.href).searchParams.get('q') ?? '';
void run();
