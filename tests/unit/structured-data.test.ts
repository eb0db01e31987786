import { describe, expect, it } from 'vitest';
import type { ProgrammePeriod } from '../../src/lib/eu-funding';
import type { OpenProject } from '../../src/lib/open-data';
import {
  breadcrumbList,
  donateAction,
  jsonLdText,
  newsArticle,
  organizationType,
  projectGraph,
  siteNodes,
  type OrganizationFacts,
} from '../../src/lib/structured-data';

// JSON-LD read back as plain JSON in the assertions: schema-dts's unions are too deep to narrow there.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseJson = Record<string, any>;

// Example values, not facts about a real project.
const SITE = 'https://example.org';
const orgs: Record<string, OrganizationFacts> = {
  'obshtina-primer': { id: 'obshtina-primer', name: 'Община Пример', kind: 'municipality' },
  'fondatsia-primer': { id: 'fondatsia-primer', name: 'Фондация „Пример“', kind: 'foundation' },
  'firma-primer': { id: 'firma-primer', name: 'Пример ООД', kind: 'company' },
};
const project: OpenProject = {
  id: 'primer',
  url: `${SITE}/proekti/primer/`,
  dataUrl: `${SITE}/proekti/primer/danni.json`,
  title: 'Проект </script> „Пример“',
  summary: 'Кратко описание.',
  goal: null,
  beneficiary: { id: 'obshtina-primer', name: 'Община Пример', eik: '000000000' },
  partners: [{ id: 'fondatsia-primer', name: 'Фондация „Пример“', role: 'партньор' }],
  startDate: '2016-11-01',
  endDate: '2019-12-31',
  currentEndDate: '2020-06-30',
  totalCost: { amount: 867896.82, currency: 'BGN', amountEur: 443748.6 },
  funding: [
    {
      programmeId: 'op-eu',
      programme: 'ОП Пример',
      fund: 'ESF',
      cci: '2014BG05M9OP001',
      euCofinancingRate: null,
      contractNumber: 'BG05M9OP001-2.004-0049',
      procedureCode: null,
      procedureName: null,
      priorityAxis: null,
      contractDate: null,
      grant: { amount: 867896.82, currency: 'BGN', amountEur: 443748.6 },
      euShare: null,
      nationalShare: null,
    },
    {
      programmeId: 'darител',
      programme: 'Частен дарител',
      fund: null,
      cci: null,
      euCofinancingRate: null,
      contractNumber: null,
      procedureCode: null,
      procedureName: null,
      priorityAxis: null,
      contractDate: null,
      grant: null,
      euShare: null,
      nationalShare: null,
    },
  ],
  locations: [
    { municipality: 'Хасково', province: 'Хасково', nuts3: 'BG422', settlements: [] },
    { municipality: 'Казанлък', province: 'Стара Загора', nuts3: 'BG344', settlements: ['гр. Крън', 'с. Ръжена'] },
  ],
  country: 'BG',
  interventionType: null,
  status: 'completed',
  statusReason: null,
  reach: [],
  results: { expected: [], achieved: [] },
  source: null,
  otherSources: [],
  checked: '2026-11-20',
};
const periodOf = (id: string): ProgrammePeriod => (id === 'op-eu' ? '2014-2020' : 'none');
const graph = projectGraph(project, (id) => orgs[id]!, periodOf, SITE) as LooseJson;

describe('structured data', () => {
  it('types organizations by their kind: municipalities public, foundations and associations NGOs', () => {
    expect(organizationType('municipality')).toBe('GovernmentOrganization');
    expect(organizationType('ministry')).toBe('GovernmentOrganization');
    expect(organizationType('foundation')).toBe('NGO');
    expect(organizationType('association')).toBe('NGO');
    expect(organizationType('company')).toBe('Organization');
    expect(organizationType(undefined)).toBe('Organization');
  });

  it('describes a project with its organizations, places, period and funding', () => {
    expect(graph).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Project',
      '@id': `${project.url}#project`,
      name: project.title,
      url: project.url,
    });
    expect(graph.parentOrganization).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Община Пример', url: `${SITE}/organizatsii/obshtina-primer/` });
    expect(graph.member).toEqual([expect.objectContaining({ '@type': 'NGO', name: 'Фондация „Пример“' })]);
    // the period the page shows: start, and the end after the last extension
    expect([graph.foundingDate, graph.dissolutionDate]).toEqual(['2016-11-01', '2020-06-30']);
    expect(graph.location).toEqual([
      { '@type': 'Place', name: 'Хасково', address: { '@type': 'PostalAddress', addressLocality: 'Хасково', addressRegion: 'Хасково', addressCountry: 'BG' } },
      {
        '@type': 'Place',
        name: 'Казанлък',
        address: { '@type': 'PostalAddress', addressLocality: 'Казанлък', addressRegion: 'Стара Загора', addressCountry: 'BG' },
        containsPlace: [
          { '@type': 'Place', name: 'гр. Крън' },
          { '@type': 'Place', name: 'с. Ръжена' },
        ],
      },
    ]);
    // the EU programme finances it; the private donor's programme supports it
    expect(graph.funder).toEqual([expect.objectContaining({ '@type': 'FundingScheme', name: 'ОП Пример' })]);
    expect(graph.funder[0]).not.toHaveProperty('identifier');
    expect(graph.sponsor).toEqual([expect.objectContaining({ '@type': 'FundingScheme', name: 'Частен дарител' })]);
  });

  it('gives each funding source a MonetaryGrant, with its amount in euro only when stated', () => {
    const [eu, donor] = graph.funding;
    expect(eu).toMatchObject({
      '@type': 'MonetaryGrant',
      identifier: 'BG05M9OP001-2.004-0049',
      amount: { '@type': 'MonetaryAmount', value: 443748.6, currency: 'EUR' },
      fundedItem: { '@id': graph['@id'] },
    });
    expect(eu.funder['@id']).toBe(graph.funder[0]['@id']);
    expect(donor).not.toHaveProperty('amount');
    expect(donor).not.toHaveProperty('identifier');
  });

  it('leaves out what is unknown instead of filling it', () => {
    const bare = projectGraph(
      { ...project, partners: [], funding: null, locations: [], startDate: null, endDate: null, currentEndDate: null },
      (id) => orgs[id]!,
      periodOf,
      SITE,
    );
    for (const key of ['member', 'funder', 'sponsor', 'funding', 'location', 'foundingDate', 'dissolutionDate']) expect(bare, key).not.toHaveProperty(key);
    // ЕИК is not on the project page, so not in its JSON-LD
    expect(JSON.stringify(graph)).not.toContain('000000000');
  });

  it('gives the recipient of a donation its ЕИК, as the donation page shows it', () => {
    const action = donateAction({ ...orgs['fondatsia-primer']!, eik: '123456789' }, `${SITE}/darete/fondatsia-primer/`, SITE) as LooseJson;
    expect(action).toMatchObject({ '@type': 'DonateAction', target: `${SITE}/darete/fondatsia-primer/`, recipient: { '@type': 'NGO', taxID: '123456789' } });
  });

  it('dates a news item only when it has a date', () => {
    const dated = newsArticle({ title: 'Новина', url: `${SITE}/novini/a/`, date: '2019-09-15', about: [orgs['obshtina-primer']!] }, SITE) as LooseJson;
    expect(dated).toMatchObject({ '@type': 'NewsArticle', headline: 'Новина', datePublished: '2019-09-15', about: [{ '@type': 'GovernmentOrganization' }] });
    expect(newsArticle({ title: 'Новина', url: `${SITE}/novini/b/`, about: [] }, SITE)).not.toHaveProperty('datePublished');
  });

  it('lists the breadcrumb trail home first, the page itself last at its own address', () => {
    const list = breadcrumbList([{ label: 'Проекти', href: '/proekti/' }, { label: 'Пример' }], 'Начало', '/proekti/primer/', SITE) as LooseJson;
    expect(list.itemListElement.map((i: LooseJson) => [i.position, i.name, i.item])).toEqual([
      [1, 'Начало', `${SITE}/`],
      [2, 'Проекти', `${SITE}/proekti/`],
      [3, 'Пример', `${SITE}/proekti/primer/`],
    ]);
  });

  it('names the operator only when site.yaml names a real one', () => {
    expect(siteNodes({ name: 'Видимост', url: SITE, operator: { name: 'още не е посочена', isPlaceholder: true } }).map((n) => n['@type'])).toEqual([
      'WebSite',
    ]);
    const nodes = siteNodes({ name: 'Видимост', url: SITE, operator: { name: 'Сдружение „Пример“' } }) as LooseJson[];
    expect(nodes.map((n) => n['@type'])).toEqual(['WebSite', 'Organization']);
    expect(nodes[0]!.publisher['@id']).toBe(nodes[1]!['@id']);
  });

  it('on an English page, names English addresses and the English language', () => {
    const english = projectGraph(
      { ...project, url: `${SITE}/en/projects/p/` },
      (id) => ({ ...orgs[id]!, enSlug: id === 'obshtina-primer' ? 'example-municipality' : undefined }),
      periodOf,
      SITE,
      'en',
      (id) => (id === 'op-eu' ? 'eu-programme' : undefined),
    ) as LooseJson;
    const urls = JSON.stringify(english).match(/https:\/\/example\.org[^"#]*/g)!;
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(url).toMatch(/^https:\/\/example\.org\/en\//);
    expect(english.parentOrganization.url).toBe(`${SITE}/en/organizations/example-municipality/`);
    expect(english.funder[0].url).toBe(`${SITE}/en/programmes/eu-programme/`);
    expect((siteNodes({ name: 'Видимост', url: SITE }, 'en')[0] as LooseJson).inLanguage).toBe('en');
    expect((siteNodes({ name: 'Видимост', url: SITE }, 'en')[0] as LooseJson).url).toBe(`${SITE}/en/`);
    expect((newsArticle({ title: 'Н', url: `${SITE}/en/news/n/`, about: [] }, SITE, undefined, 'en') as LooseJson).inLanguage).toBe('en');
    expect((breadcrumbList([{ label: 'Projects' }], 'Home', '/en/projects/', SITE, 'en') as LooseJson).itemListElement[0].item).toBe(`${SITE}/en/`);
  });

  it('writes JSON that cannot close its <script> element early and parses back the same', () => {
    const text = jsonLdText(graph as never);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(graph);
  });
});
