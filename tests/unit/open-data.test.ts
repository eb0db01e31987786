import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildProjectView, type Lookups } from '../../src/lib/project-view';
import { csvField, FUNDING_COLUMNS, fundingCsv, nuts3Of, openProject, PROJECT_COLUMNS, projectsCsv, type OpenDataContext } from '../../src/lib/open-data';
import { openDataSchema } from '../../src/lib/open-data-schema';
import { projectSchema } from '../../src/schemas/project';

const lookups: Lookups = {
  organization: (id) => ({ id, name: `Организация „${id}“` }),
  programme: (id) => ({ id, name: `Програма ${id}`, period: id === 'op' ? '2014-2020' : 'none', fund: id === 'op' ? 'ESF' : undefined }),
};
const context: OpenDataContext = {
  site: 'https://vidimost.example',
  organization: (id) => ({ name: `Организация „${id}“`, eik: id === 'org' ? '000000000' : undefined }),
  programme: (id) => ({ name: `Програма ${id}`, fund: id === 'op' ? 'ESF' : undefined, cci: id === 'op' ? '2014BG05M9OP001' : undefined }),
};
const record = (extra: Record<string, unknown>) =>
  openProject(
    buildProjectView('p', projectSchema.parse({ title: 'Проект, с „кавички“', summary: 'Ред едно.\nРед две.', lead: 'org', ...extra }), lookups, '2026-11-23'),
    context,
  );

const full = record({
  checked: '2026-11-20',
  totalCost: { amount: 867896.82, currency: 'BGN' },
  funding: [
    { programme: 'op', contractNumber: 'BG05M9OP001-2.004-0049', grant: { amount: 199994.17, currency: 'BGN' }, euShare: { amount: 1000.01, currency: 'EUR' } },
    { programme: 'thsn' },
  ],
  period: { start: '2017-03-15', end: '2019-12-31', extensions: [{ end: '2020-06-30' }, { months: 48 }] },
  places: [{ municipality: 'Пловдив', settlements: ['гр. Пловдив'] }, { municipality: 'Хасково' }],
  reach: [{ year: 2018, total: 443, unit: 'деца' }],
  results: { expected: ['Очаквано.'], achieved: [{ text: 'Постигнато.', date: '2019-01-01' }] },
});
const bare = record({});

const ajv = () => {
  const validator = new Ajv2020({ allErrors: true, validateFormats: false, allowUnionTypes: true });
  validator.addVocabulary(['x-description-en', 'x-derived', 'x-eu-list-of-operations', 'x-360giving']);
  return validator.compile(openDataSchema('https://vidimost.example/danni/schema.json'));
};

describe('an open-data record', () => {
  it('carries stored and euro amounts exactly, from cents', () => {
    expect(full.totalCost).toEqual({ amount: 867896.82, currency: 'BGN', amountEur: 443748.6 });
    expect(full.funding?.[0]?.grant).toEqual({ amount: 199994.17, currency: 'BGN', amountEur: 102255.4 });
    expect(full.funding?.[0]?.euShare).toEqual({ amount: 1000.01, currency: 'EUR', amountEur: 1000.01 });
  });

  it('says null for every unknown, never 0 or a guess', () => {
    expect(bare).toMatchObject({
      goal: null,
      startDate: null,
      endDate: null,
      currentEndDate: null,
      totalCost: null,
      funding: null,
      source: null,
      checked: null,
      interventionType: null,
    });
    expect(bare.beneficiary.eik).toBe('000000000');
    expect(full.funding?.[1]).toMatchObject({ fund: null, cci: null, contractNumber: null, grant: null });
  });

  it('takes the end after the last dated extension, and NUTS 3 only for checked provinces', () => {
    expect(full.endDate).toBe('2019-12-31');
    expect(full.currentEndDate).toBe('2020-06-30');
    expect(full.locations.map((l) => [l.province, l.nuts3])).toEqual([
      ['Пловдив', 'BG421'],
      ['Хасково', 'BG422'],
    ]);
    expect(nuts3Of('София-град')).toBe('BG411');
    expect(nuts3Of('Стара Загора')).toBe('BG344');
    // not checked against Eurostat yet: empty, not guessed
    expect(nuts3Of('Видин')).toBeNull();
  });
});

describe('the published JSON Schema', () => {
  it('accepts full and bare records, one by one and as the list', () => {
    const validate = ajv();
    for (const data of [full, bare, { generated: '2026-11-23', licence: null, projects: [full, bare] }]) {
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('rejects a broken record: a guessed 0 in a string field, a negative euro amount, a missing field', () => {
    const validate = ajv();
    expect(validate({ ...full, startDate: 0 })).toBe(false);
    expect(validate({ ...full, totalCost: { amount: 1, currency: 'BGN', amountEur: -0.51 } })).toBe(false);
    const { checked: _, ...missing } = full;
    expect(validate(missing)).toBe(false);
    expect(validate({ ...full, currency: 'BGN' })).toBe(false);
  });
});

describe('the CSV files', () => {
  it('quote per RFC 4180', () => {
    expect(csvField('а, б')).toBe('"а, б"');
    expect(csvField('„а“ "б"')).toBe('"„а“ ""б"""');
    expect(csvField('ред\nред')).toBe('"ред\nред"');
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
  });

  it('parse back to the same values with a CSV library, amounts exact, unknown empty', () => {
    const text = projectsCsv([full, bare]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...PROJECT_COLUMNS]);
    expect(rows[0]).toMatchObject({
      title: 'Проект, с „кавички“',
      summary: 'Ред едно.\nРед две.',
      beneficiaryEik: '000000000',
      totalCostEur: '443748.6',
      totalCostAmount: '867896.82',
      totalCostCurrency: 'BGN',
      funds: 'ESF',
      contractNumbers: 'BG05M9OP001-2.004-0049',
      provinces: 'Пловдив; Хасково',
      nuts3: 'BG421; BG422',
      checked: '2026-11-20',
    });
    expect(Number(rows[0]!.totalCostEur)).toBe(full.totalCost!.amountEur);
    expect(rows[1]).toMatchObject({ totalCostEur: '', funds: '', startDate: '', checked: '' });
  });

  it('give one funding row per source, none for unstated funding', () => {
    const rows = parse(fundingCsv([full, bare]), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...FUNDING_COLUMNS]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      projectId: 'p',
      programmeId: 'op',
      grantEur: '102255.4',
      grantAmount: '199994.17',
      grantCurrency: 'BGN',
      euShareEur: '1000.01',
      euShareCurrency: 'EUR',
    });
    expect(rows[1]).toMatchObject({ programmeId: 'thsn', grantEur: '', fund: '' });
  });
});
