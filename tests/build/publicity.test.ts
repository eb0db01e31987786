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

  // The summary links to one list per programme (and one of the uncheckable projects), paginated.
  const listPaths = (first: string): string[] => {
    const paths = [first];
    for (let next = readPage(first).doc.querySelector('a[rel="next"]'); next; next = readPage(paths.at(-1)!).doc.querySelector('a[rel="next"]')) {
      paths.push(next.getAttribute('href')!);
    }
    return paths;
  };
  const programmeLinks = doc.querySelectorAll('#tablitsa-programi a').map((a) => a.getAttribute('href')!);
  const programmePages = programmeLinks.flatMap(listPaths).map((path) => ({ path, ...readPage(path) }));
  const listed = programmePages.map((p) => ({ path: p.path, doc: p.doc, text: textOf(p.doc.querySelector('main')) }));

  it('summarizes by programme, linking to lists of every EU-funded project with its contract number and obligations', () => {
    expect(programmeLinks.length).toBeGreaterThan(0);
    for (const href of programmeLinks) expect(href).toMatch(/^\/informatsia-i-publichnost\/[a-z0-9-]+\/$/);
    for (const { id, data } of contentProjects().filter((p) => funding.eu.includes(p.id))) {
      const page = listed.find((p) => p.doc.querySelector(`section a[href="/proekti/${id}/"]`));
      expect(page, id).toBeDefined();
      for (const source of data.funding ?? []) if (source.contractNumber) expect(page!.text).toContain(source.contractNumber);
    }
    expect(text).toContain('член 4, параграф 3, буква а) от Регламент за изпълнение (ЕС) №\u00a0821/2014');
    // The summary itself lists no project: it stays the same size at any number of them.
    expect(doc.querySelectorAll('main a[href^="/proekti/"]')).toHaveLength(0);
  });

  it('counts the projects of each programme, and each rule’s outcomes over all EU-funded projects', () => {
    const rows = doc.querySelectorAll('#tablitsa-programi tbody tr');
    const counted = rows.reduce((sum, row) => sum + Number(textOf(row.querySelectorAll('td')[0] ?? null)), 0);
    const listedIds = new Set(listed.flatMap((p) => p.doc.querySelectorAll('section h2 a').map((a) => `${p.path.split('/')[2]} ${a.getAttribute('href')}`)));
    expect(counted).toBe(listedIds.size);
    for (const row of rows) {
      const [projects, ...worst] = row.querySelectorAll('td').map((td) => Number(textOf(td)));
      expect(worst.reduce((a, b) => a + b, 0)).toBe(projects);
    }
    const ruleRows = doc.querySelectorAll('#tablitsa-pravila tbody tr');
    expect(ruleRows.length).toBeGreaterThan(0);
    const emblem = ruleRows.find((r) => textOf(r.querySelector('th')).includes('Емблемата на ЕС'))!;
    // Every EU-funded project owes the emblem, and only the browser measures it.
    expect(emblem.querySelectorAll('td').map((td) => Number(textOf(td)))).toEqual([0, 0, 0, funding.eu.length]);
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
    const items = listed.flatMap((p) => p.doc.querySelectorAll('section[aria-labelledby^="p-"] li'));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
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
    expect(text).toMatch(
      /Версия на правилата ?\d+ от \d{2}\.\d{2}\.\d{4}\sг\., по Регламент \(ЕС\) №\s1303\/2013, Регламент за изпълнение \(ЕС\) №\s821\/2014, Регламент \(ЕС\) 2021\/1060/,
    );
    expect(text).toMatch(/Кой поддържа сайта ?Организацията, която поддържа сайта, още не е посочена\./);
  });

  it('names the projects whose funding cannot be checked on a list of their own, and leaves out the others', () => {
    const link = doc.querySelector('#neproveryaemi ~ p a')?.getAttribute('href');
    expect(link).toBe('/informatsia-i-publichnost/neproveryaemi/');
    const unknown = listPaths(link!).map((path) => readPage(path).doc);
    for (const id of funding.unknown)
      expect(
        unknown.some((d) => d.querySelector(`main a[href="/proekti/${id}/"]`)),
        id,
      ).toBe(true);
    for (const id of funding.notEu) {
      for (const page of [...unknown, ...listed.map((p) => p.doc)]) expect(page.querySelector(`main a[href="/proekti/${id}/"]`), id).toBeNull();
    }
  });

  it('is linked from the footer of every page', () => {
    expect(readPage('/').doc.querySelector('footer a[href="/informatsia-i-publichnost/"]')).not.toBeNull();
  });
});

describe('the emblem font', () => {
  it('is built and preloaded on EU-funded project pages only', () => {
    for (const file of ['fonts/eu-emblem-cyrillic.woff2', 'fonts/eu-emblem-latin.woff2']) expect(existsSync(join(DIST, file))).toBe(true);
    // The captions of the sample's programmes are in Cyrillic: one file (with the space) carries them.
    for (const id of funding.eu) {
      expect(
        readPage(`/proekti/${id}/`)
          .doc.querySelectorAll('link[rel="preload"][as="font"]')
          .map((l) => l.getAttribute('href')),
        id,
      ).toEqual(['/fonts/eu-emblem-cyrillic.woff2']);
    }
    for (const id of [...funding.notEu, ...funding.unknown])
      expect(readPage(`/proekti/${id}/`).doc.querySelectorAll('link[rel="preload"]'), id).toHaveLength(0);
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
      expect(textOf(doc.querySelector('.eu-block'))).toContain(completed ? statement.replace('се осъществява', 'беше осъществен') : statement);
    }
  });
});
