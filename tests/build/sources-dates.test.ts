import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, requireDist, textOf } from '../helpers/dist';

beforeAll(requireDist);

const pagesOf = (folder: string, base: string) => readdirSync(folder).map((f) => `${base}${f.replace(/\.mdx$/, '')}/`);
const pages = [...pagesOf('content/projects', '/proekti/'), ...pagesOf('content/news', '/novini/')];

describe('every project and news page names its source and keeps three dates apart', () => {
  it.each(pages)('%s', (page) => {
    const text = textOf(readPage(page).doc.querySelector('main')).replace(/\u00a0/g, ' ');
    expect(text).toMatch(/Източник: страница/);
    expect(text).toMatch(/Фактите са сверени с източника на \d\d\.\d\d\.\d{4} г\./);
    expect(text).toMatch(/Страницата е построена на \d\d\.\d\d\.\d{4} г\./);
  });

  it('writes the source of seed 000 with its „last changed“ date', () => {
    expect(textOf(readPage('/proekti/shans-za-nashite-detsa/').doc.querySelector('main')).replace(/\u00a0/g, ' ')).toContain(
      'Източник: страница на Община Хасково „Община Хасково продължава изпълнението на проект BG05M9OP001-2.004-0049 „Шанс за нашите деца““, последна промяна 11.08.2022 г.',
    );
  });

  it('takes the accessibility statement’s dates from its front matter, not the build', () => {
    const text = textOf(readPage('/deklaratsia-za-dostapnost/').doc.querySelector('main')).replace(/\u00a0/g, ' ');
    expect(text).toContain('Декларацията е изготвена на 23.11.2026 г.');
    expect(text).toContain('Последен преглед: 23.11.2026 г.');
  });
});
