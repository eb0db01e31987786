import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/lib/content-errors';
import { readContentText } from '../../src/loaders/content-file';

const FILE = 'content/projects/primer.mdx';

/** A realistic project file; each test makes one mistake in it. Line numbers are the file's. */
const PROJECT = `---
# Източник: страницата на проекта (пример за теста).
title: Шанс за нашите деца
summary: Общината предоставя услуги за ранно детско развитие на деца до 7 години.
lead: obshtina-haskovo
updated: 2022-08-11
activities:
  - title: Организация и управление на проекта
  - title: Информиране и публичност
  - title: Индивидуална и групова работа с деца и родители
    text: Включително с деца и родители извън уязвимите групи.
targetGroups:
  - деца от 0 до 7 години и техните родители
  - бъдещи родители от рискови групи
reach:
  - year: 2018
    total: 443
    unit: деца и техните семейства
funding:
  - programme: oprchr-2014-2020
    contractNumber: BG05M9OP001-2.004-0049
    procedureName: Услуги за ранно детско развитие
period:
  months: 26
  extensions:
    - months: 42
---

Общината продължава през 2019 г. проекта „Шанс за нашите деца“.
`;

/** The file with one change, which must apply. */
function broken(find: string, replace: string): string {
  expect(PROJECT).toContain(find);
  return PROJECT.replace(find, replace);
}

function yamlProblem(text: string, file = FILE): ContentProblem {
  const { problems, data } = readContentText(text, file);
  expect(data).toBeUndefined();
  expect(problems, 'one message for one mistake').toHaveLength(1);
  return problems[0]!;
}

describe('the sample file itself', () => {
  it('reads without a YAML problem', () => {
    expect(readContentText(PROJECT, FILE).problems).toEqual([]);
  });
});

describe('YAML mistakes are named for what they are, at the line of the mistake', () => {
  it('a field indented further than its neighbours: wrong indentation (not an unclosed quote)', () => {
    const p = yamlProblem(broken('\nupdated: 2022-08-11', '\n  updated: 2022-08-11'));
    expect(p).toMatchObject({ kind: 'yaml', yaml: 'indent', line: 6, field: 'updated', text: '  updated: 2022-08-11' });
    expect(p.message).toMatch(/^грешен отстъп: редът „updated: 2022-08-11“ не е подравнен/);
    expect(p.message).toContain('(редът над него: „lead: obshtina-haskovo“)');
    expect(p.message).not.toMatch(/кавички/);
  });

  it('a field of a list item indented one space short: wrong indentation', () => {
    const p = yamlProblem(broken('    unit: деца', '   unit: деца'));
    expect(p).toMatchObject({ yaml: 'indent', line: 18, field: 'unit' });
  });

  it('a group field moved left out of its group: wrong indentation', () => {
    const p = yamlProblem(broken('  extensions:', ' extensions:'));
    expect(p).toMatchObject({ yaml: 'indent', line: 25, field: 'extensions' });
  });

  it('a tab used for indentation', () => {
    const p = yamlProblem(broken('  months: 26', '\tmonths: 26'));
    expect(p).toMatchObject({ yaml: 'tab', line: 24, field: 'months' });
    expect(p.message).toMatch(/има табулация \(Tab\); YAML приема за отстъп само интервали/);
  });

  it('an unclosed quote, at the line where it opens (not at the end of the front matter)', () => {
    const p = yamlProblem(broken('procedureName: Услуги', 'procedureName: "Услуги'));
    expect(p).toMatchObject({ yaml: 'unclosed-quote', line: 22, field: 'procedureName' });
    expect(p.message).toMatch(/^незатворени кавички в „procedureName: "Услуги за ранно детско развитие“/);
  });

  it('a field written twice', () => {
    const p = yamlProblem(broken('updated: 2022-08-11\n', 'updated: 2022-08-11\nlead: obshtina-kazanlak\n'));
    expect(p).toMatchObject({ yaml: 'duplicate-key', line: 7, field: 'lead' });
    expect(p.message).toMatch(/^полето „lead“ се повтаря в същата група/);
  });

  it('a missing opening --- line', () => {
    const p = yamlProblem(broken('---\n# Източник', '# Източник'));
    expect(p).toMatchObject({ yaml: 'no-front-matter-start', line: 1 });
    expect(p.message).toMatch(/^файлът не започва с ред ---; .* добавете ред --- най-отгоре/);
  });

  it('a missing closing --- line, at the first line of the text', () => {
    const p = yamlProblem(broken('    - months: 42\n---\n', '    - months: 42\n'));
    expect(p).toMatchObject({ yaml: 'no-front-matter-end', line: 28 });
    expect(p.message).toMatch(/^заглавната част не е затворена с ред ---; сложете ред --- след последното поле, преди „Общината продължава/);
  });

  it('a list item of text without „- “', () => {
    const p = yamlProblem(broken('  - бъдещи родители', '  бъдещи родители'));
    expect(p).toMatchObject({ yaml: 'no-dash', line: 14, field: 'targetGroups' });
    expect(p.message).toMatch(/^елемент на списък без тире: редът „бъдещи родители от рискови групи“/);
  });

  it('a list item of fields without „- “, whether the dash was deleted or replaced by spaces', () => {
    expect(yamlProblem(broken('  - title: Информиране', '  title: Информиране'))).toMatchObject({ yaml: 'no-dash', line: 9 });
    expect(yamlProblem(broken('  - title: Информиране', '    title: Информиране'))).toMatchObject({ yaml: 'no-dash', line: 9 });
  });

  it('a colon inside an unquoted value, also in a list item', () => {
    const p = yamlProblem(broken('title: Шанс за нашите деца', 'title: Шанс за нашите деца: второ издание'));
    expect(p).toMatchObject({ yaml: 'colon-in-value', line: 3, field: 'title' });
    expect(p.message).toMatch(/оградете цялата стойност с кавички/);
    expect(yamlProblem(broken('  - title: Информиране', '  - title: Етап 2: информиране'))).toMatchObject({ yaml: 'colon-in-value', line: 9 });
  });

  it('a missing space after the colon', () => {
    const p = yamlProblem(broken('lead: obshtina-haskovo', 'lead:obshtina-haskovo'));
    expect(p).toMatchObject({ yaml: 'no-space-after-colon', line: 5, field: 'lead' });
  });

  it('counts lines from the top of a YAML file, which has no front matter', () => {
    const p = yamlProblem('name: Община Хасково\nkind: municipality\n  website: https://www.haskovo.bg\n', 'content/organizations/obshtina-haskovo.yaml');
    expect(p).toMatchObject({ yaml: 'indent', line: 3, field: 'website' });
  });
});

describe('values YAML reads in its own way', () => {
  it('a value that starts with a sign YAML reserves, or goes on after its quotes: quote the whole value', () => {
    for (const value of ['*важно* за децата', '[важно] за децата', '"Слънце" и „Луна“']) {
      const p = yamlProblem(broken('title: Шанс за нашите деца', `title: ${value}`));
      expect(p, value).toMatchObject({ yaml: 'needs-quotes', line: 3, field: 'title' });
      expect(p.message).toMatch(/оградете цялата стойност с кавички/);
    }
  });
});

describe('other unclosed values', () => {
  it('an unclosed single quote, at the line where it opens', () => {
    const p = yamlProblem(broken('title: Шанс за нашите деца', `title: 'Шанс за "нашите" деца`));
    expect(p).toMatchObject({ yaml: 'unclosed-quote', line: 3, field: 'title' });
  });

  it('a list in [ ] without its closing bracket', () => {
    const p = yamlProblem(
      broken('targetGroups:\n  - деца от 0 до 7 години и техните родители\n  - бъдещи родители от рискови групи', 'targetGroups: [деца, родители'),
    );
    expect(p).toMatchObject({ yaml: 'unclosed-bracket', line: 12, field: 'targetGroups' });
    expect(p.message).toMatch(/трябва да завърши с „\]“ на същия ред/);
    expect(yamlProblem(broken('  - бъдещи родители', '  - [бъдещи родители'))).toMatchObject({ yaml: 'unclosed-bracket', line: 14 });
  });
});

describe('the front matter frame', () => {
  it('counts lines after blank lines above the opening ---, as Astro reads it', () => {
    const p = yamlProblem(`\n\n${broken('\nupdated: 2022-08-11', '\n  updated: 2022-08-11')}`);
    expect(p).toMatchObject({ yaml: 'indent', line: 8 });
  });

  it('reads an empty front matter as no fields', () => {
    expect(readContentText('---\n---\n\nТекст.\n', FILE)).toMatchObject({ data: {}, problems: [] });
  });
});
