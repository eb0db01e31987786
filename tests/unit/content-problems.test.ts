import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentText, schemaProblems } from '../../src/loaders/content-file';
import { checkEverything, formatProblem, type ContentProblem } from '../../src/checks/problems';
import { rawReferences } from '../../src/checks/check-content';
import { newsReferences, projectReferences } from '../../src/schemas/index';
import { organizationSchema } from '../../src/schemas/organization';
import { programmeSchema } from '../../src/schemas/programme';
import { projectSchema } from '../../src/schemas/project';
import { group, list, text } from '../../src/schemas/fields';
import { isOptionalField } from '../../src/loaders/schema-path';
import { contentNews, contentProjects } from '../helpers/content';

const ROOT = join(import.meta.dirname, '..', '..');
const FILE = 'content/projects/primer.mdx';

/** The schema problems of a project file's text, with lines. */
function projectProblems(frontMatter: string): ContentProblem[] {
  const content = readContentText(`---\n${frontMatter}\n---\n\nТекст.\n`, FILE);
  expect(content.problems).toEqual([]);
  return schemaProblems(projectSchema, content.data, FILE, content.lineOf).problems;
}

const identity = 'title: Примерен проект\nsummary: Кратко описание.\nlead: obshtina-haskovo';

describe('schema problems carry the line of the field in the file', () => {
  it('points at the line of a wrong value, counting the --- line', () => {
    const [p, ...rest] = projectProblems(`${identity}\nperiod:\n  months: 26\n  start: 31.02.2020`);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ kind: 'schema', line: 7, field: 'period.start' });
    expect(formatProblem(p!)).toBe(`${FILE}, ред 7: поле period.start: „31.02.2020“ не е валидна дата; пишете ГГГГ-ММ-ДД, напр. 2020-02-29`);
  });

  it('points each misspelt field at its own line', () => {
    const problems = projectProblems(`${identity}\ntitel: Друго\nperiod:\n  strat: 2020-01-01`);
    expect(problems.map((p) => [p.line, p.field, p.message.slice(0, 22)])).toEqual([
      [5, undefined, 'непознато поле „titel“'],
      [7, 'period', 'непознато поле „strat“'],
    ]);
    expect(problems[0]!.message).toMatch(/може би „title“\?/);
    expect(problems[1]!.message).toMatch(/може би „start“\?/);
  });

  it('splits two unknown fields of one group into two problems, each at its line', () => {
    const problems = projectProblems(`titel: А\n${identity}\nsumary: Б`);
    expect(problems.map((p) => p.line)).toEqual([2, 6]);
    expect(problems[0]!.message).toMatch(/^непознато поле „titel“;/);
    expect(problems[1]!.message).toMatch(/^непознато поле „sumary“; може би „summary“\?/);
  });

  it('points a missing field of a list item at the item', () => {
    expect(projectProblems(`${identity}\nactivities:\n  - title: Първа\n  - text: без заглавие`)).toEqual([
      { file: FILE, line: 7, field: 'activities[2].title', message: 'липсва, а е задължително', kind: 'schema' },
    ]);
  });

  it('has no line for a missing top-level field, and never suggests deleting a required one', () => {
    const [p] = projectProblems('summary: Кратко описание.\nlead: obshtina-haskovo');
    expect(p).toMatchObject({ field: 'title', message: 'липсва, а е задължително' });
    expect(p!.line).toBeUndefined();
  });
});

describe('one message per mistake', () => {
  it('reports an impossible start date once, without a false „end before start“', () => {
    const problems = projectProblems(`${identity}\nperiod:\n  start: 31.02.2020\n  end: 2019-12-31`);
    expect(problems.map((p) => p.field)).toEqual(['period.start']);
    // With a valid start the comparison still works.
    expect(projectProblems(`${identity}\nperiod:\n  start: 2020-02-01\n  end: 2019-12-31`).map((p) => p.message)).toEqual([
      'краят „2019-12-31“ е преди началото „2020-02-01“; проверете датите',
    ]);
  });

  it('reports an impossible end date once as well', () => {
    expect(projectProblems(`${identity}\nperiod:\n  start: 2020-02-01\n  end: 2019-13-01`).map((p) => p.field)).toEqual(['period.end']);
  });

  it('does not ask a programme with a mistyped period for its fund', () => {
    const problems = schemaProblems(programmeSchema, { name: 'ОП', period: '2014-2021' }, 'content/programmes/x.yaml').problems;
    expect(problems.map((p) => p.field)).toEqual(['period']);
    expect(schemaProblems(programmeSchema, { name: 'ОП', period: '2014-2020' }, 'x.yaml').problems.map((p) => p.field)).toEqual(['fund']);
  });

  it('skips the DMS date order when a DMS date is not a date', () => {
    const donations = (from: string, until: string) => ({
      name: 'Фондация',
      donations: { recipient: 'Фондация', iban: 'BG18RZBB91550123456789', reason: 'Дарение', dms: { keyword: 'RODITEL', from, until } },
    });
    const fields = (from: string, until: string) => schemaProblems(organizationSchema, donations(from, until), 'x.yaml').problems.map((p) => p.field);
    // Each invalid date sorts on the wrong side of the other, so an unguarded comparison would fire.
    expect(fields('2024-05-01', '2024-02-31')).toEqual(['donations.dms.until']);
    expect(fields('2024-13-01', '2024-06-30')).toEqual(['donations.dms.from']);
    expect(fields('2024-01-01', '2023-12-31')).toEqual(['donations.dms.until']);
  });
});

describe('empty fields', () => {
  it('asks for a value of an empty required field, without suggesting to delete the line', () => {
    const [p] = projectProblems('title: Примерен проект\nsummary:\nlead: obshtina-haskovo');
    expect(p).toMatchObject({ line: 3, field: 'summary' });
    expect(p!.message).toBe('е празно, а е задължително; напишете стойност');
    expect(projectProblems('title: ""\nsummary: Кратко.\nlead: obshtina-haskovo')[0]!.message).not.toMatch(/изтрийте/);
  });

  it('lets an empty optional field be deleted', () => {
    for (const field of ['goal', 'targetGroups', 'checked']) {
      const [p] = projectProblems(`${identity}\n${field}:`);
      expect(p).toMatchObject({ line: 5, field });
      expect(p!.message).toBe('е празно; напишете стойност или изтрийте реда, ако фактът не е известен');
    }
  });

  it('tells required from optional inside lists and groups too', () => {
    const [title] = projectProblems(`${identity}\nactivities:\n  - title:\n    text: Подробности`);
    expect(title).toMatchObject({ field: 'activities[1].title', message: 'е празно, а е задължително; напишете стойност' });
    const [text] = projectProblems(`${identity}\nactivities:\n  - title: Първа\n    text:`);
    expect(text).toMatchObject({ field: 'activities[1].text', message: expect.stringMatching(/или изтрийте реда/) });
  });
});

describe('the schema of a field, for its message', () => {
  it('tells optional from required through labels, defaults, lists and transforms', () => {
    const schema = group({
      a: text().optional().meta({ title: 'А' }),
      b: text().meta({ title: 'Б' }),
      c: list(group({ d: text(), e: text().default('x') }).transform((v) => v)).default([]),
    });
    expect([['a'], ['b'], ['c'], ['c', 0, 'd'], ['c', 0, 'e']].map((path) => isOptionalField(schema, path))).toEqual([true, false, true, false, true]);
  });
});

describe('references read from the raw data', () => {
  it('finds the same references as the validated data does, in every sample file', () => {
    for (const { file, data } of contentProjects()) {
      const raw = rawReferences('projects', readContentText(readFileSync(join(ROOT, file), 'utf8'), file).data);
      expect(
        raw.map(({ field, collection, id }) => ({ field, collection, id })),
        file,
      ).toEqual(projectReferences(data));
    }
    for (const { file, data } of contentNews()) {
      const raw = rawReferences('news', readContentText(readFileSync(join(ROOT, file), 'utf8'), file).data);
      expect(
        raw.map(({ field, collection, id }) => ({ field, collection, id })),
        file,
      ).toEqual(newsReferences(data));
    }
  });

  it('takes only text values: a number where an id belongs is left to the schema', () => {
    expect(rawReferences('projects', { lead: 5, partners: [{ organization: 'a' }, 'b'], funding: [{ programme: 'p' }] }).map((r) => r.field)).toEqual([
      'partners[1].organization',
      'funding[1].programme',
    ]);
  });
});

describe('checkEverything: every problem of every file in one run', () => {
  let root: string;
  const project = 'content/projects/shans-za-nashite-detsa.mdx';
  let original: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'vidimost-problems-'));
    cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
    original = readFileSync(join(root, project), 'utf8');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => writeFileSync(join(root, file), text);
  const restore = () => write(project, original);

  it('finds nothing in the sample content, counts its files and checks publicity', () => {
    restore();
    const check = checkEverything(root);
    expect(check.problems.map(formatProblem)).toEqual([]);
    const files = (folder: string, ext: string) => readdirSync(join(root, 'content', folder)).filter((f) => f.endsWith(ext)).length;
    expect(check.counts).toEqual({
      projects: files('projects', '.mdx'),
      organizations: files('organizations', '.yaml'),
      programmes: files('programmes', '.yaml'),
      news: files('news', '.mdx'),
      pages: files('pages', '.mdx'),
    });
    expect(check.counts.projects).toBeGreaterThan(0);
    expect(check.publicity.map((p) => p.file)).toHaveLength(check.counts.projects);
  });

  it('shows both the empty summary and the unknown lead of a fresh project file', () => {
    restore();
    const fresh = 'content/projects/nov-proekt.mdx';
    write(
      fresh,
      '---\ntitle: "Нов проект"\n# Едно-две изречения:\nsummary:\n# Водещата организация:\nlead: obshtina-primer\n---\n\nТук разкажете за проекта.\n',
    );
    try {
      const mine = checkEverything(root).problems.filter((p) => p.file === fresh);
      expect(mine.map((p) => [p.kind, p.line, p.field])).toEqual([
        ['schema', 4, 'summary'],
        ['reference', 6, 'lead'],
      ]);
      expect(mine[0]!.message).not.toMatch(/изтрийте/);
      expect(mine[1]!.message).toMatch(/^„obshtina-primer“ не съществува в content\/organizations/);
    } finally {
      rmSync(join(root, fresh));
    }
  });

  it('reports a schema mistake, a broken reference and a publicity failure of different files together', () => {
    restore();
    const news = 'content/news/shans-za-nashite-detsa-prez-2019.mdx';
    const newsText = readFileSync(join(root, news), 'utf8');
    const kazanlak = 'content/projects/badeshte-za-vsyako-dete.mdx';
    const kazanlakText = readFileSync(join(root, kazanlak), 'utf8');
    try {
      // The Haskovo project loses its goal (an EU rule), the news names a project that is not there,
      // and the Kazanlak project gets an impossible date plus an unknown partner.
      write(project, original.replace(/^goal: .*\n/m, ''));
      write(news, newsText.replace(/^( *- )shans-za-nashite-detsa$/m, '$1shans-za-nashite-detsa-2'));
      write(kazanlak, kazanlakText.replace(/^checked: .*$/m, 'checked: 2024-02-30').replace('organization: obshtina-kazanlak', 'organization: nyama-takava'));
      const { problems } = checkEverything(root);
      expect(problems.filter((p) => p.file === project)).toEqual([
        expect.objectContaining({
          kind: 'publicity',
          rule: expect.objectContaining({ id: 'aims' }),
          message: expect.stringMatching(/Целите на проекта – не е посочена нито главна цел, нито специфична цел/),
        }),
      ]);
      expect(problems.filter((p) => p.file === news).map((p) => [p.kind, p.field])).toEqual([['reference', 'projects[1]']]);
      expect(problems.filter((p) => p.file === kazanlak).map((p) => [p.kind, p.field])).toEqual([
        ['reference', 'partners[1].organization'],
        ['schema', 'checked'],
      ]);
    } finally {
      write(news, newsText);
      write(kazanlak, kazanlakText);
    }
  });

  it('rejects project donations to an organization without bank details, at the field, and accepts one with them', () => {
    const withDonations = (org: string) => original.replace(/^goal: /m, `donations:\n  organization: ${org}\ngoal: `);
    try {
      write(project, withDonations('obshtina-haskovo'));
      const mine = checkEverything(root).problems.filter((p) => p.file === project);
      expect(mine.map((p) => [p.kind, p.field])).toEqual([['reference', 'donations.organization']]);
      expect(mine[0]!.line).toBe(original.split('\n').findIndex((l) => l.startsWith('goal: ')) + 2);
      expect(mine[0]!.message).toMatch(/^организацията „obshtina-haskovo“ няма данни за дарения/);
      write(project, withDonations('fondatsia-za-nashite-detsa'));
      expect(checkEverything(root).problems.filter((p) => p.file === project)).toEqual([]);
    } finally {
      restore();
    }
  });

  it('rejects a contract number of another programme, at the field, and accepts the register’s own', () => {
    try {
      write(project, original.replace('contractNumber: BG05M9OP001-2.004-0049', 'contractNumber: BG05SFPR002-2.004-0049'));
      const mine = checkEverything(root).problems.filter((p) => p.file === project);
      expect(mine.map((p) => [p.kind, p.field])).toEqual([['reference', 'funding.0.contractNumber']]);
      expect(mine[0]!.message).toMatch(/^договорът BG05SFPR002-2\.004-0049 не е от програмата „oprchr-2014-2020“ \(кодът ѝ е 2014BG05M9OP001/);
      restore();
      expect(checkEverything(root).problems.filter((p) => p.file === project)).toEqual([]);
    } finally {
      restore();
    }
  });

  it('reports a YAML mistake once, and goes on to the other files', () => {
    restore();
    write(project, original.replace('title: Шанс за нашите деца', 'title: "Шанс за нашите деца'));
    const programme = 'content/programmes/oprchr-2014-2020.yaml';
    const programmeText = readFileSync(join(root, programme), 'utf8');
    write(programme, `${programmeText}\nname: Повторено име\n`);
    try {
      const { problems } = checkEverything(root);
      expect(problems.map((p) => [p.file, p.kind, p.yaml])).toEqual([
        [project, 'yaml', 'unclosed-quote'],
        [programme, 'yaml', 'duplicate-key'],
      ]);
    } finally {
      write(programme, programmeText);
    }
  });
});
