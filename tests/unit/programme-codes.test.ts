import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contractMatchesCci, programmeCodeTable, programmeOfCell, programmeOfContract } from '../../src/lib/programme-codes';

const DIR = join(import.meta.dirname, '..', '..', 'content', 'programmes');
const files = readdirSync(DIR).map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(join(DIR, f), 'utf8')) as { cci?: string }) }));
const table = programmeCodeTable(files);

describe('the register’s programme codes', () => {
  it('map to the programme files that carry them', () => {
    expect(programmeOfCell('2014BG05M9OP001 Развитие на човешките ресурси', table)).toEqual({ id: 'oprchr-2014-2020', code: '2014BG05M9OP001' });
    expect(programmeOfCell('2021BG05SFPR002 Програма „Развитие на човешките ресурси“', table)).toEqual({ id: 'prchr-2021-2027', code: '2021BG05SFPR002' });
  });

  it('map contract numbers by their programme part', () => {
    expect(programmeOfContract('BG05M9OP001-2.004-0049', table)).toMatchObject({ id: 'oprchr-2014-2020' });
    expect(programmeOfContract('BG05SFPR002-2.003-0107', table)).toMatchObject({ id: 'prchr-2021-2027' });
  });

  it('report an unknown code rather than guess a near one', () => {
    expect(programmeOfCell('2014BG16RFOP002 Региони в растеж', table)).toEqual({ error: expect.stringContaining('2014BG16RFOP002 не е на никоя програма') });
    expect(programmeOfCell('Развитие на човешките ресурси', table)).toEqual({ error: expect.stringContaining('не започва с код на програма') });
    // One character off from a known programme: still unknown.
    expect(programmeOfContract('BG05M9OP002-2.004-0049', table)).toEqual({ error: expect.stringContaining('не е в content/programmes') });
    expect(programmeOfContract('договор 12', table)).toEqual({ error: expect.stringContaining('не прилича на номер на договор') });
  });

  it('refuse a code claimed by two programme files', () => {
    expect(() =>
      programmeCodeTable([
        { id: 'a', cci: '2014BG05M9OP001' },
        { id: 'b', cci: '2014bg05m9op001' },
      ]),
    ).toThrow(/a\.yaml и content\/programmes\/b\.yaml/);
  });
});

describe('a contract number and its programme', () => {
  it('agree only when the number starts with the CCI without its year', () => {
    expect(contractMatchesCci('BG05M9OP001-2.004-0049', '2014BG05M9OP001')).toBe(true);
    expect(contractMatchesCci('BG05SFPR002-2.003-0107', '2014BG05M9OP001')).toBe(false);
    expect(contractMatchesCci('без номер', '2014BG05M9OP001')).toBe(false);
  });
});
