import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from '../helpers/site-copy';

const PROJECT = 'content/projects/shans-za-nashite-detsa.mdx';
const PROGRAMME = 'content/programmes/oprchr-2014-2020.yaml';

describe('the publicity check on a copy of the site with one obligation removed', () => {
  let site: SiteCopy;
  const originals: Record<string, string> = {};
  beforeAll(() => {
    site = copySite();
    for (const file of [PROJECT, PROGRAMME]) site.edit(file, (t) => (originals[file] = t));
  });
  afterAll(() => site?.remove());
  const restore = () => Object.entries(originals).forEach(([file, text]) => site.write(file, text));

  it('passes on the sample content, with warnings printed', () => {
    restore();
    const result = site.run('scripts/check-publicity.ts');
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/Проверка на публичността: 0 грешки, \d+ предупреждения/);
    expect(result.output).toContain('източникът на финансиране не е посочен');
    // The emblem rule is measured by the browser test, never passed by this check.
    expect(result.output).toMatch(
      /◌ проверява се в браузър: Емблемата на ЕС и надписът „Европейски съюз“ се виждат веднага, без превъртане – мери се от теста tests\/browser\/eu-block\.test\.ts в автоматичната проверка \(CI\)/,
    );
    expect(result.output).not.toMatch(/✓ изпълнено: Емблемата/);
    expect(result.output).not.toMatch(/\b(disclaimer|contractNumber|cofinancingRate|fundingStatement)\b/);
  });

  const failures = [
    {
      rule: 'aims',
      change: () => site.write(PROJECT, originals[PROJECT]!.replace(/^goal: .*\n/m, '')),
      expected:
        /✗ content\/projects\/shans-za-nashite-detsa\.mdx: Целите на проекта – не е посочена нито главна цел, нито специфична цел \(точка 2\.2, подточка 2, буква а\) от приложение XII към Регламент \(ЕС\) №\s1303\/2013\)/,
    },
    {
      rule: 'description',
      change: () => site.write(PROJECT, originals[PROJECT]!.replace(/\n---\n[\s\S]*$/, '\n---\n')),
      expected: /✗ content\/projects\/shans-za-nashite-detsa\.mdx: Кратко описание на проекта – няма описание/,
    },
    {
      rule: 'statement',
      change: () => site.write(PROGRAMME, originals[PROGRAMME]!.replace(/^fundingStatement: .*\n/m, '')),
      expected:
        /✗ content\/projects\/shans-za-nashite-detsa\.mdx: Изречение, което подчертава финансовата подкрепа от ЕС – във файла на програмата „ОП РЧР 2014-2020“ няма изречение за финансирането/,
    },
  ];

  it.for(failures)('fails naming the file and the rule when $rule is missing', ({ change, expected }) => {
    restore();
    change();
    const result = site.run('scripts/check-publicity.ts');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(expected);
    expect(result.output).toContain('сайтът няма да се построи, докато не ги поправите');
  });

  it.for(failures)('reports the $rule failure in the quiet content check, as a problem of the file', ({ change }) => {
    restore();
    change();
    const result = site.run('scripts/check-content.ts');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/• content\/projects\/shans-za-nashite-detsa\.mdx: публичност на ЕС: /);
    expect(result.output).not.toContain('! внимание');
    expect(result.output).not.toContain('◌');
  });

  it('prints two lines on success: the content and the publicity summary, no per-project report', () => {
    restore();
    const result = site.run('scripts/check-content.ts');
    expect(result.status).toBe(0);
    const lines = result.output.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Съдържанието е наред: \d+ проекта, \d+ организации, \d+ програми, \d+ новини, \d+ страници\.$/);
    expect(lines[1]).toMatch(
      /^Публичност на ЕС: \d+ проекта с европейско финансиране, без грешки, \d+ предупреждения \(подробно: npm run check:publicity\)\.$/,
    );
  });

  it('prints the full publicity report behind --publicity', () => {
    restore();
    const result = site.run('scripts/check-content.ts', ['--publicity']);
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/Проверка на публичността: 0 грешки, \d+ предупреждения/);
    expect(result.output).toContain('! внимание');
  });

  it('stops a programme without its fund at the content check, before the publicity check', () => {
    restore();
    site.write(PROGRAMME, originals[PROGRAMME]!.replace(/^fund: .*\n/m, ''));
    const result = site.run('scripts/build.mjs');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/content\/programmes\/oprchr-2014-2020\.yaml: поле fund: липсва: програма на ЕС трябва да посочи фонда/);
  });

  it('only warns when results or the contract number are missing', () => {
    restore();
    site.write(PROJECT, originals[PROJECT]!.replace(/^reach:\n(?: .*\n)+/m, '').replace(/^ {4}contractNumber: .*\n/m, ''));
    const result = site.run('scripts/check-publicity.ts');
    expect(result.status).toBe(0);
    expect(result.output).toMatch(
      /! внимание: Резултатите на проекта – не са посочени нито постигнати, нито очаквани резултати, нито обхват\n {6}Право на ЕС: точка 2\.2, подточка 2, буква а\) от приложение XII към Регламент \(ЕС\) №\s1303\/2013\n/,
    );
    expect(result.output).toMatch(/! внимание: Номерът на договора – няма номер на договора по „ОП РЧР 2014-2020“\n {6}Национална практика, не право на ЕС: /);
  });
});
