import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCentsIn } from '../../src/lib/money';
import { formatDateBg } from '../../src/lib/dates';
import { slugify } from '../../src/lib/transliteration';
import { contentProjects } from '../helpers/content';
import { DIST, readPage, requireDist, textOf } from '../helpers/dist';
import { jsonLdBlocks } from '../helpers/scripts';

beforeAll(requireDist);

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const csv = (path: string) => parse(read(path), { bom: true, columns: true }) as Record<string, string>[];
const projects = contentProjects();
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, checked field by field below
const projectJsonLd = (doc: Parameters<typeof jsonLdBlocks>[0]): any =>
  ([jsonLdBlocks(doc)].flat(2) as { '@type': string }[]).find((b) => b['@type'] === 'Project');

/** The published schema, compiled by an independent validator. */
function validator() {
  const ajv = new Ajv2020({ allErrors: true, validateFormats: false, allowUnionTypes: true });
  ajv.addVocabulary(['x-description-en', 'x-derived', 'x-eu-list-of-operations', 'x-360giving']);
  return ajv.compile(JSON.parse(read('danni/schema.json')));
}

describe('the open data files', () => {
  it('validate against the published schema: the list and every project’s own file', () => {
    const validate = validator();
    const all = JSON.parse(read('danni/proekti.json'));
    expect(validate(all), JSON.stringify(validate.errors)).toBe(true);
    expect(all.projects.map((p: { id: string }) => p.id).sort()).toEqual(projects.map((p) => p.id).sort());
    for (const { id } of projects) {
      const own = JSON.parse(read(`proekti/${id}/danni.json`));
      expect(validate(own), `${id}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(own).toEqual(all.projects.find((p: { id: string }) => p.id === id));
    }
    const broken = { ...all.projects[0], title: '', totalCost: { amount: 0, currency: 'USD', amountEur: 0 } };
    expect(validate(broken)).toBe(false);
  });

  it('give one CSV row per project and one per funding source, with the same amounts as the JSON', () => {
    const all = JSON.parse(read('danni/proekti.json')).projects as {
      id: string;
      totalCost: { amount: number; amountEur: number } | null;
      funding: { grant: { amount: number; amountEur: number } | null }[] | null;
    }[];
    const rows = csv('danni/proekti.csv');
    expect(rows.map((r) => r.id).sort()).toEqual(projects.map((p) => p.id).sort());
    for (const p of all) {
      const row = rows.find((r) => r.id === p.id)!;
      expect(row.totalCostEur, p.id).toBe(p.totalCost ? String(p.totalCost.amountEur) : '');
      expect(row.totalCostAmount, p.id).toBe(p.totalCost ? String(p.totalCost.amount) : '');
    }
    const funding = csv('danni/finansirane.csv');
    expect(funding).toHaveLength(projects.reduce((n, p) => n + (p.data.funding?.length ?? 0), 0));
    const grants = all.flatMap((p) => (p.funding ?? []).map((f) => [p.id, f.grant ? String(f.grant.amount) : '', f.grant ? String(f.grant.amountEur) : '']));
    expect(funding.map((r) => [r.projectId, r.grantAmount, r.grantEur])).toEqual(grants);
  });

  it('carry every source of 000 and 003: the total shown first is the register’s, the page’s own is kept', () => {
    for (const [id, page, register] of [
      ['shans-za-nashite-detsa', 867896.82, 775181.72],
      ['kompleks-za-integrirani-sotsialni-uslugi-za-detsa-i-semeystva', 1752098.89, 2168639.81],
    ] as const) {
      const json = JSON.parse(read(`proekti/${id}/danni.json`));
      expect(json.totalCost, id).toEqual({ amount: register, currency: 'EUR', amountEur: register });
      expect(json.otherSources, id).toEqual([
        expect.objectContaining({
          kind: 'register',
          name: 'ИСУН 2020',
          date: '2026-06-22',
          dateKind: 'read',
          totalCost: { amount: register, currency: 'EUR', amountEur: register },
        }),
      ]);
      const source = contentProjects().find((p) => p.id === id)!;
      expect(source.data.totalCost?.amount, id).toBe(page);
    }
  });

  it('agree with the project page: title, lead, contract numbers and total cost', () => {
    const withCost = projects.find((p) => p.data.totalCost && p.data.funding?.some((f) => f.contractNumber))!;
    const json = JSON.parse(read(`proekti/${withCost.id}/danni.json`));
    const row = csv('danni/proekti.csv').find((r) => r.id === withCost.id)!;
    const page = readPage(`/proekti/${withCost.id}/`);
    const text = textOf(page.doc.querySelector('main'));
    expect(textOf(page.doc.querySelector('h1'))).toBe(json.title);
    expect(row.title).toBe(json.title);
    expect(text).toContain(json.beneficiary.name);
    expect(row.beneficiary).toBe(json.beneficiary.name);
    for (const f of json.funding) if (f.contractNumber) expect(text).toContain(f.contractNumber);
    expect(row.contractNumbers).toBe(
      json.funding
        .map((f: { contractNumber: string | null }) => f.contractNumber)
        .filter(Boolean)
        .join('; '),
    );
    const euroCents = BigInt(Math.round(json.totalCost.amountEur * 100));
    expect(text).toContain(formatCentsIn(euroCents, 'EUR'));
    expect(Number(row.totalCostEur)).toBe(json.totalCost.amountEur);
    // the page's JSON-LD says the same
    const ld = projectJsonLd(page.doc);
    expect(ld.name).toBe(json.title);
    expect(ld.parentOrganization.name).toBe(json.beneficiary.name);
    expect(ld.funding.map((g: { identifier?: string }) => g.identifier ?? null)).toEqual(
      json.funding.map((f: { contractNumber: string | null }) => f.contractNumber),
    );
    expect(ld.location.map((l: { address: { addressLocality: string } }) => l.address.addressLocality).join('; ')).toBe(row.municipalities);
  });

  it('agree on a grant and a period in JSON, CSV, JSON-LD and the page', () => {
    const granted = projects.find((p) => p.data.period?.start && p.data.funding?.some((f) => f.grant))!;
    const json = JSON.parse(read(`proekti/${granted.id}/danni.json`));
    const funding = csv('danni/finansirane.csv').filter((r) => r.projectId === granted.id);
    const page = readPage(`/proekti/${granted.id}/`);
    const text = textOf(page.doc.querySelector('main'));
    const ld = projectJsonLd(page.doc);
    json.funding.forEach((f: { grant: { amountEur: number } | null }, i: number) => {
      const amount = ld.funding[i].amount;
      if (!f.grant) return expect(amount).toBeUndefined();
      expect(amount).toEqual({ '@type': 'MonetaryAmount', value: f.grant.amountEur, currency: 'EUR' });
      expect(Number(funding[i]!.grantEur)).toBe(amount.value);
      expect(text).toContain(formatCentsIn(BigInt(Math.round(amount.value * 100)), 'EUR'));
    });
    expect([ld.foundingDate, ld.dissolutionDate]).toEqual([json.startDate, json.currentEndDate]);
    expect(text).toContain(formatDateBg(ld.foundingDate));
    expect(text).toContain(formatDateBg(ld.dissolutionDate));
  });

  it('are listed on /danni/ with their real size, and /danni/ is a page of the site', () => {
    const page = readPage('/danni/');
    const items = page.doc.querySelectorAll('ul.data-files li');
    expect(items.map((li) => textOf(li.querySelector('a')))).toEqual(['proekti.json', 'proekti.csv', 'finansirane.csv', 'schema.json']);
    for (const li of items) {
      const name = textOf(li.querySelector('a'));
      const bytes = statSync(join(DIST, 'danni', name)).size;
      const size = bytes < 1024 ? `${bytes} байта` : `${(bytes / 1024).toFixed(1).replace('.', ',')} KB`;
      expect(textOf(li.querySelector('.file-meta')), name).toMatch(new RegExp(`^Размер: ${size}, Дата: \\d\\d\\.\\d\\d\\.\\d{4}\\sг\\.$`));
    }
    expect(read('sitemap-0.xml')).toContain('/danni/</loc>');
    expect(textOf(page.doc.querySelector('main'))).toContain('Лицензът на данните още не е определен');
  });

  it('are the same bytes at their English addresses, listed on /en/data/ by their English names', () => {
    const english = { 'proekti.json': 'projects.json', 'proekti.csv': 'projects.csv', 'finansirane.csv': 'funding.csv', 'schema.json': 'schema.json' };
    for (const [bg, en] of Object.entries(english)) expect(read(`en/data/${en}`), en).toBe(read(`danni/${bg}`));
    const items = readPage('/en/data/').doc.querySelectorAll('ul.data-files li a');
    expect(items.map((a) => [textOf(a), a.getAttribute('href')])).toEqual(Object.values(english).map((en) => [en, `/en/data/${en}`]));
  });
});

describe('the CSV of each grouping page', () => {
  /** Project ids in a group's CSV, which its page links to. */
  const idsIn = (path: string) => {
    expect(
      readPage(path)
        .doc.querySelectorAll('main a')
        .map((a) => a.getAttribute('href')),
    ).toContain(`${path}proekti.csv`);
    return csv(`${path}proekti.csv`)
      .map((r) => r.id)
      .sort();
  };
  const expected = (match: (p: (typeof projects)[number]) => boolean) =>
    projects
      .filter(match)
      .map((p) => p.id)
      .sort();

  it('holds exactly the projects of its province, municipality, programme and organization', () => {
    for (const { data } of projects) {
      for (const place of data.places) {
        expect(idsIn(`/proekti/po-oblast/${slugify(place.province)}/`)).toEqual(expected((p) => p.data.places.some((x) => x.province === place.province)));
        expect(idsIn(`/proekti/po-obshtina/${slugify(place.municipality)}/`)).toEqual(
          expected((p) => p.data.places.some((x) => x.municipality === place.municipality)),
        );
      }
      for (const f of data.funding ?? []) {
        expect(idsIn(`/proekti/po-programa/${f.programme}/`)).toEqual(expected((p) => Boolean(p.data.funding?.some((x) => x.programme === f.programme))));
      }
      for (const org of [data.lead, ...data.partners.map((x) => x.organization)]) {
        expect(idsIn(`/proekti/po-organizatsia/${org}/`)).toEqual(expected((p) => p.data.lead === org || p.data.partners.some((x) => x.organization === org)));
      }
    }
  });

  it('exists for every group page and no other', () => {
    for (const segment of ['po-status', 'po-obshtina', 'po-oblast', 'po-programa', 'po-organizatsia']) {
      const groups = readdirSync(join(DIST, 'proekti', segment), { withFileTypes: true }).filter((e) => e.isDirectory());
      expect(groups.length, segment).toBeGreaterThan(0);
      for (const group of groups) expect(readdirSync(join(DIST, 'proekti', segment, group.name)).sort(), `${segment}/${group.name}`).toContain('proekti.csv');
    }
  });
});
