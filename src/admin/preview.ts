/**
 * The editor's preview of a project, drawn with the site's own functions (src/lib/project-view.ts,
 * the emblem's geometry, the schema's checks): the EU block, the title, the summary and the key
 * facts, as the project page shows them, and the schema's problems in Bulgarian while there are
 * any. Bundled by src/integrations/cms-admin.ts; runs inside Sveltia CMS, which provides React's
 * createElement as window.h and passes the entry as an Immutable Map.
 */
import { factSourceSentence } from '../lib/fact-sources.ts';
import { projectSchema, type ProjectData } from '../schemas/project.ts';
import { buildProjectView, type Lookups, type OrganizationSummary, type ProgrammeSummary } from '../lib/project-view.ts';
import { EMBLEM_BLUE, EMBLEM_YELLOW, emblemGeometry } from '../lib/eu-emblem.ts';
import { keyFacts, type KeyFact, type KeyFactValue } from '../lib/key-facts.ts';
import { formatFieldPath } from '../lib/content-errors.ts';
import { periodText, strings } from '../i18n/index.ts';
import { DEFAULT_LANG } from '../i18n/lang.ts';

// The editor previews the Bulgarian page.
const ui = strings(DEFAULT_LANG);

declare const __PREVIEW_LOOKUPS__: { organizations: Record<string, OrganizationSummary>; programmes: Record<string, ProgrammeSummary> };

type Child = unknown;
type H = (type: string, props?: Record<string, unknown> | null, ...children: Child[]) => unknown;
interface PreviewProps {
  entry: { get(key: string): { toJS(): Record<string, unknown> } | undefined };
  widgetFor(name: string): unknown;
}
interface CmsApi {
  registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
}

const w = window as unknown as { h: H; CMS: CmsApi };
const t = ui.keyFacts;

const labelOf = ({ key, value }: KeyFact) =>
  key === 'partners' && value.kind === 'organizations' && value.organizations.length === 1 ? t.partner : t.label[key];

/** A key fact's value in words, as src/components/project/ProjectKeyFacts.astro writes it; undefined: not stated. */
function textOf(value: KeyFactValue): string | undefined {
  switch (value.kind) {
    case 'notStated':
      return undefined;
    case 'notEu':
      return t.notEu;
    case 'organizations':
      return value.organizations.map((o) => o.name).join('; ');
    case 'places':
      return t.places(value.places.municipalities, value.places.provinces);
    case 'period':
      return periodText(ui, value.dates, value.duration);
    case 'status':
      return ui.statusWithReason(t.status[value.status], value.reason);
    case 'reach':
      return `${value.reach.total} ${value.reach.unit} ${t.reachWhen(value.reach.date && ui.date(value.reach.date), value.reach.year)}`;
    case 'money':
      return value.amounts.map(ui.money).join('; ');
    case 'programmes':
      return value.programmes.map((p) => (p.eu ? p.name : `${p.name} (${t.notEuProgramme})`)).join('; ');
    case 'codes':
      return value.codes.join(', ');
    case 'named':
      return value.names.join('; ');
  }
}

const lookups: Lookups = {
  organization: (id) => __PREVIEW_LOOKUPS__.organizations[id] ?? { id, name: `„${id}“ (няма такава организация)` },
  programme: (id) => __PREVIEW_LOOKUPS__.programmes[id] ?? { id, name: `„${id}“ (няма такава програма)`, period: 'none' },
};

/** The entry as the CMS will save it: empty values ('', null, empty lists and groups) left out. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) {
    const v = withoutEmpty(raw);
    if (v === '' || v === null || v === undefined) continue;
    if (Array.isArray(v) ? v.length === 0 : typeof v === 'object' && Object.keys(v as object).length === 0) continue;
    out[key] = v;
  }
  return out;
}

const today = () => new Date().toISOString().slice(0, 10);

function emblem(h: H) {
  const { width, height, starPath, starCentres } = emblemGeometry();
  return h(
    'svg',
    { className: 'eu-emblem', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Знамето на Европейския съюз' },
    h('rect', { width, height, fill: EMBLEM_BLUE }),
    h('g', { fill: EMBLEM_YELLOW }, ...starCentres.map(({ x, y }, i) => h('path', { key: i, d: starPath, transform: `translate(${x} ${y})` }))),
  );
}

function ProjectPreview({ entry, widgetFor }: PreviewProps) {
  const h = w.h;
  const raw = withoutEmpty(entry.get('data')?.toJS() ?? {}) as Record<string, unknown>;
  delete raw.body;
  const parsed = projectSchema.safeParse(raw);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => (issue.path.length ? `поле ${formatFieldPath(issue.path)}: ${issue.message}` : issue.message));
  if (!parsed.success) {
    return h(
      'article',
      { className: 'preview' },
      h('h1', null, String(raw.title ?? 'Без заглавие')),
      h(
        'div',
        { className: 'problems', role: 'alert' },
        h('p', null, 'Страницата няма да се построи, докато това не е поправено:'),
        h('ul', null, ...problems.map((p, i) => h('li', { key: i }, p))),
      ),
    );
  }
  const data: ProjectData = parsed.data;
  const view = buildProjectView('preview', data, lookups, today());
  // The same rows and words as the key facts under a project's title on the site.
  // With what further sources say, as the page writes it (src/components/project/FactSourcesNote.astro).
  const facts = keyFacts(view).map((fact): [string, string | undefined] => {
    const said = (fact.sources ?? []).map(({ fact: name, choice }) => factSourceSentence(name, choice, t.factSources));
    const value = textOf(fact.value);
    return [labelOf(fact), said.length ? [value ?? '', ...said].filter(Boolean).join(' ') : value];
  });
  return h(
    'article',
    { className: 'preview' },
    ...view.euBlocks.map((block, i) =>
      h(
        'section',
        { key: `eu${i}`, className: 'eu-block', 'aria-label': 'Финансиране от Европейския съюз' },
        h(
          'div',
          { className: 'eu-block__mark' },
          emblem(h),
          h('p', { className: 'eu-block__caption' }, ...block.caption.map((line, j) => h('span', { key: j }, ui.eu.caption[line]))),
        ),
        h(
          'p',
          { className: 'eu-block__programme' },
          block.statement ?? block.programmeName,
          ...(block.contractNumbers.length ? [h('br', null), ui.eu.contractNo(block.contractNumbers.join(', '))] : []),
        ),
      ),
    ),
    h('h1', null, data.title),
    h('p', { className: 'summary' }, data.summary),
    h(
      'dl',
      { className: 'facts' },
      ...facts.flatMap(([term, value], i) => [
        h('dt', { key: `t${i}` }, term),
        h('dd', { key: `d${i}` }, value ?? h('span', { className: 'not-stated' }, ui.notStated)),
      ]),
    ),
    h('div', { className: 'story' }, widgetFor('body')),
  );
}

const STYLE = `
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, sans-serif; color: #1b1f24; background: #f6f7f9; margin: 0; }
.preview { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; line-height: 1.5; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.5rem 0 0.75rem; }
.summary { font-size: 1.15rem; margin: 0 0 1.25rem; }
.eu-block { border: 1px solid #c7cdd6; border-radius: 0.25rem; padding: 0.75rem; margin-bottom: 1.25rem; background: #fff; }
.eu-block__mark { display: flex; align-items: center; gap: 0.75rem; }
.eu-emblem { display: block; width: 6rem; aspect-ratio: 3 / 2; height: auto; flex: none; }
.eu-block__caption { margin: 0; font-family: Ubuntu, Arial, Verdana, sans-serif; font-weight: 700; font-size: 1.05rem; line-height: 1.3; color: #003399; }
.eu-block__caption span { display: block; }
.eu-block__programme { margin: 0.5rem 0 0; font-size: 0.9rem; }
.facts { display: grid; grid-template-columns: minmax(9rem, max-content) 1fr; gap: 0.35rem 1rem; background: #fff; border: 1px solid #d5dae1; border-radius: 0.25rem; padding: 0.75rem 1rem; margin: 0 0 1.5rem; }
.facts dt { font-weight: 600; color: #4a5563; }
.facts dd { margin: 0; }
.not-stated { color: #5f6b7a; font-style: italic; }
.problems { background: #fdecea; border: 1px solid #b3261e; border-radius: 0.25rem; padding: 0.75rem 1rem; }
`;

w.CMS.registerPreviewStyle(STYLE, { raw: true });
w.CMS.registerPreviewTemplate('projects', ProjectPreview);
