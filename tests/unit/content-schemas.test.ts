import { describe, expect, it } from 'vitest';
import { ContentError, parseContentText, validateContent } from '../../src/loaders/content-file';
import { organizationSchema } from '../../src/schemas/organization';
import { programmeSchema } from '../../src/schemas/programme';
import { projectSchema } from '../../src/schemas/project';

const FILE = 'content/projects/primer.mdx';

/** The editor's messages for a project file's text, or [] when it is valid. */
function problems(frontMatter: string): string[] {
  try {
    validateContent(projectSchema, parseContentText(`---\n${frontMatter}\n---\n\nТекст.\n`, FILE), FILE);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

const minimal = 'title: Примерен проект\nsummary: Кратко описание.\nlead: obshtina-haskovo';

describe('project schema', () => {
  it('accepts a project with only its identity, leaving every other fact empty', () => {
    expect(problems(minimal)).toEqual([]);
    const data = validateContent(projectSchema, parseContentText(`---\n${minimal}\n---\n`, FILE), FILE);
    expect(data.funding).toBeUndefined();
    expect(data.totalCost).toBeUndefined();
    expect(data.results).toEqual({ achieved: [], expected: [] });
  });

  it('names the file and the field when the title is missing', () => {
    expect(problems('summary: Кратко описание.\nlead: obshtina-haskovo')).toEqual([`${FILE}: поле title: липсва, а е задължително`]);
  });

  it('rejects a date written the Bulgarian way, quoting it and showing the format', () => {
    expect(problems(`${minimal}\nperiod:\n  start: 31.02.2020`)).toEqual([
      `${FILE}: поле period.start: „31.02.2020“ не е валидна дата; пишете ГГГГ-ММ-ДД, напр. 2020-02-29`,
    ]);
  });

  it('rejects an unquoted impossible date that a YAML 1.1 parser would turn into 2 March', () => {
    expect(problems(`${minimal}\nperiod:\n  start: 2020-02-31`)).toEqual([
      `${FILE}: поле period.start: „2020-02-31“ не е валидна дата; пишете ГГГГ-ММ-ДД, напр. 2020-02-29`,
    ]);
  });

  it('rejects an amount that is not a number and says how to write one', () => {
    const [message] = problems(`${minimal}\ntotalCost:\n  amount: 867 896,82 лв.\n  currency: BGN`);
    expect(message).toBe(
      `${FILE}: поле totalCost.amount: „867 896,82 лв.“ не е число; пишете само цифри, с точка пред стотинките и без интервали, напр. 867896.82`,
    );
  });

  it('rejects a currency it does not know', () => {
    expect(problems(`${minimal}\ntotalCost:\n  amount: 100\n  currency: лв`)[0]).toMatch(
      /поле totalCost\.currency: „лв“ не е позволена стойност; изберете една от: BGN, EUR/,
    );
  });

  it('rejects a misspelt field instead of dropping it, and suggests the field meant', () => {
    expect(problems(`${minimal}\ntitel: Друго`)[0]).toMatch(/^content\/projects\/primer\.mdx: непознато поле „titel“; може би „title“\?/);
    expect(problems(`${minimal}\ntargetGrups: [деца]`)[0]).toMatch(/може би „targetGroups“\?/);
  });

  it('counts list items from 1 in the field it names', () => {
    expect(problems(`${minimal}\nactivities:\n  - title: Първа\n  - text: без заглавие`)).toEqual([
      `${FILE}: поле activities[2].title: липсва, а е задължително`,
    ]);
  });

  it('refuses a hand-written status, which is derived from the period', () => {
    expect(problems(`${minimal}\nstatus: приключил`)[0]).toMatch(/поле status: не се пише на ръка/);
  });

  it('rejects an end before the start and an extension that does not extend', () => {
    expect(problems(`${minimal}\nperiod:\n  start: 2020-05-01\n  end: 2020-04-30`)[0]).toMatch(/поле period\.end: краят „2020-04-30“ е преди началото/);
    expect(problems(`${minimal}\nperiod:\n  months: 26\n  extensions:\n    - months: 20`)[0]).toMatch(/поле period\.extensions\[1\]\.months: „20“ не е повече/);
  });

  it('takes the province from the known list and rejects a wrong one', () => {
    const data = validateContent(projectSchema, parseContentText(`---\n${minimal}\nplaces:\n  - municipality: Казанлък\n---\n`, FILE), FILE);
    expect(data.places[0]?.province).toBe('Стара Загора');
    expect(problems(`${minimal}\nplaces:\n  - municipality: Казанлък\n    province: Пловдив`)[0]).toMatch(
      /поле places\[1\]\.province: община „Казанлък“ е в област „Стара Загора“/,
    );
    // A province the map would not find is caught where the editor writes it.
    expect(problems(`${minimal}\nplaces:\n  - municipality: Брезово\n    province: Пловдивска`)[0]).toMatch(
      /поле places\[1\]\.province: „Пловдивска“ не е област; пишете името ѝ както в списъка: .*Пловдив/,
    );
    expect(problems(`${minimal}\nplaces:\n  - municipality: Брезово\n    province: Пловдив`)).toEqual([]);
    expect(problems(`${minimal}\nplaces:\n  - municipality: Несъществуваща`)[0]).toMatch(/добавете province/);
  });

  it('keeps an empty value from passing as a fact', () => {
    expect(problems(`${minimal}\ngoal:`)[0]).toMatch(/поле goal: е празно/);
  });
});

describe('front matter that cannot be read', () => {
  it('names the file and the line of broken YAML', () => {
    expect(() => parseContentText('---\ntitle: "Незатворени кавички\nsummary: x\n---\n', FILE)).toThrow(ContentError);
    try {
      parseContentText('---\ntitle: "Незатворени кавички\nsummary: x\n---\n', FILE);
    } catch (error) {
      expect((error as ContentError).problems[0]).toMatch(/^content\/projects\/primer\.mdx, ред 2: поле title: незатворени кавички/);
    }
  });

  it('says what is missing when the file has no front matter', () => {
    expect(() => parseContentText('Само текст.', FILE)).toThrow(/не започва с ред ---/);
  });
});

describe('organization and programme schemas', () => {
  it('accepts an organization with only a name', () => {
    expect(organizationSchema.safeParse({ name: 'Община Хасково' }).success).toBe(true);
  });

  it('rejects an e-mail address that is not one', () => {
    const file = 'content/organizations/x.yaml';
    expect(() => validateContent(organizationSchema, { name: 'X', email: 'not-an-email' }, file)).toThrow(/поле email: „not-an-email“ не е имейл адрес/);
  });

  it('requires a fund for an EU programme and forbids one for private money', () => {
    const file = 'content/programmes/x.yaml';
    expect(() => validateContent(programmeSchema, { name: 'X', period: '2014-2020' }, file)).toThrow(/поле fund: липсва/);
    expect(() => validateContent(programmeSchema, { name: 'X', period: 'none', fund: 'ESF' }, file)).toThrow(/поле fund: е попълнено/);
    expect(programmeSchema.safeParse({ name: 'X', period: 'none' }).success).toBe(true);
  });
});
