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
    expect(text).toContain('821/2014 чл. 4, ал. 3, б. „а“');
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
  it('stands on each EU-funded project page, from its programme file', () => {
    const statement = 'Проектът се осъществява с финансовата подкрепа на Оперативна програма „Развитие на човешките ресурси“ 2014-2020, съфинансирана от Европейския съюз чрез Европейския социален фонд.';
    for (const id of funding.eu) {
      const { doc } = readPage(`/proekti/${id}/`);
      // A finished project's statement is in the past tense.
      const completed = textOf(doc.querySelector('#period')?.parentNode ?? null).includes('приключил');
      expect(textOf(doc.querySelector('#finansirane')?.parentNode ?? null)).toContain(
        completed ? statement.replace('се осъществява', 'беше осъществен') : statement,
      );
    }
  });
});
