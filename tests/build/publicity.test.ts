import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentProjects, projectsByFunding } from '../helpers/content';
import { DIST, readPage, requireDist, textOf } from '../helpers/dist';

beforeAll(requireDist);
const funding = projectsByFunding();

describe('the „Информация и публичност“ page', () => {
  const { doc } = readPage('/informatsia-i-publichnost/');
  const text = textOf(doc.querySelector('main'));

  it('lists every EU-funded project with its contract number and obligations', () => {
    for (const { id, data } of contentProjects().filter((p) => funding.eu.includes(p.id))) {
      expect(doc.querySelector(`a[href="/proekti/${id}/"]`), id).not.toBeNull();
      for (const source of data.funding ?? []) if (source.contractNumber) expect(text).toContain(source.contractNumber);
    }
    expect(text).toContain('член 4, параграф 3, буква а) от Регламент за изпълнение (ЕС) №\u00a0821/2014');
  });

  it('cites the acts in full, labels national practice, and shows no field names', () => {
    expect(text).toContain('точка 2.2, подточка 2, буква а) от приложение XII към Регламент (ЕС) №\u00a01303/2013');
    expect(text).toContain('член 50, параграф 1, буква а) от Регламент (ЕС) 2021/1060');
    expect(text).toContain('Национална практика, не право на ЕС');
    expect(text).not.toMatch(/подточка 3|т\. 2\.2, ал\. 3|ИСУН 2020 \(номер на договора\)/);
    expect(text).not.toMatch(/\b(disclaimer|contractNumber|cofinancingRate|fundingStatement|results\.achieved|specificGoals)\b/);
  });

  it('gives the emblem rule no pass mark: it says the browser test measures it, and how to run it', () => {
    const marks = [...doc.querySelectorAll('.pub-mark')].map((m) => textOf(m));
    expect(marks.filter((m) => m === '✓ изпълнено').length).toBeGreaterThan(0);
    for (const item of doc.querySelectorAll('section[aria-labelledby^="p-"] li')) {
      if (textOf(item).includes('Емблемата на ЕС')) expect(textOf(item.querySelector('.pub-mark'))).toBe('◌ проверява се в браузър');
    }
    expect(text).toContain('npx vitest run --project browser tests/browser/eu-block.test.ts');
  });

  it('marks each outcome with a symbol and a word, not by colour alone', () => {
    const legend = [...doc.querySelectorAll('.pub-mark')].slice(0, 4).map((m) => textOf(m));
    expect(legend).toEqual(['✓ изпълнено', '! внимание', '✗ не е изпълнено', '◌ проверява се в браузър']);
  });

  it('carries the date of the check, the version of the rules and who runs the site', () => {
    expect(text).toMatch(/Дата на проверката ?\d{2}\.\d{2}\.\d{4}\sг\. \(датата, на която е построен сайтът/);
    expect(text).toMatch(/Версия на правилата ?\d+ от \d{2}\.\d{2}\.\d{4}\sг\., по Регламент \(ЕС\) №\s1303\/2013, Регламент за изпълнение \(ЕС\) №\s821\/2014, Регламент \(ЕС\) 2021\/1060/);
    expect(text).toMatch(/Кой поддържа сайта ?Организацията, която поддържа сайта, още не е посочена\./);
  });

  it('names the projects whose funding cannot be checked, and leaves out the others', () => {
    for (const id of funding.unknown) expect(doc.querySelector(`a[href="/proekti/${id}/"]`), id).not.toBeNull();
    for (const id of funding.notEu) expect(doc.querySelector(`a[href="/proekti/${id}/"]`), id).toBeNull();
  });

  it('is linked from the footer of every page', () => {
    expect(readPage('/').doc.querySelector('footer a[href="/informatsia-i-publichnost/"]')).not.toBeNull();
  });
});

describe('the emblem font', () => {
  it('is built and preloaded on EU-funded project pages only', () => {
    for (const file of ['fonts/eu-emblem-cyrillic.woff2', 'fonts/eu-emblem-latin.woff2']) expect(existsSync(join(DIST, file))).toBe(true);
    for (const id of funding.eu) expect(readPage(`/proekti/${id}/`).doc.querySelectorAll('link[rel="preload"][as="font"]'), id).toHaveLength(2);
    for (const id of [...funding.notEu, ...funding.unknown]) expect(readPage(`/proekti/${id}/`).doc.querySelectorAll('link[rel="preload"]'), id).toHaveLength(0);
  });
});

describe('the funding statement', () => {
  it('stands in the EU block of each EU-funded project page, from its programme file, naming the project', () => {
    const titles = new Map(contentProjects().map((p) => [p.id, p.data.title]));
    for (const id of funding.eu) {
      const { doc } = readPage(`/proekti/${id}/`);
      const statement = `Проект „${titles.get(id)}“ се осъществява с финансовата подкрепа на Оперативна програма „Развитие на човешките ресурси“ 2014-2020, съфинансирана от Европейския съюз чрез Европейския социален фонд.`;
      // A finished project's statement is in the past tense.
      const completed = textOf(doc.querySelector('#period')?.parentNode ?? null).includes('приключил');
      expect(textOf(doc.querySelector('.eu-block'))).toContain(
        completed ? statement.replace('се осъществява', 'беше осъществен') : statement,
      );
    }
  });
});
