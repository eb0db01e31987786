import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, requireDist, textOf } from '../helpers/dist';
import { executableScripts } from '../helpers/scripts';

beforeAll(requireDist);

const NBSP = '\u00a0';
const amount = (text: string) => text.replaceAll(' ', NBSP);

/** What each seed's page must show, taken from the seed pages in shared/seeds. */
const seeds = [
  {
    path: '/proekti/shans-za-nashite-detsa/',
    title: 'Шанс за нашите деца',
    contract: 'BG05M9OP001-2.004-0049',
    amounts: [amount('443 748,60 €'), amount('(867 896,82 лв.)')],
    period: ['26 месеца, с удължаване до 42 месеца'],
    eu: true,
  },
  {
    path: '/proekti/initsiativa-za-razvitie-i-sotsialno-vklyuchvane/',
    title: 'Инициатива за развитие и социално включване – за нашите деца',
    amounts: [amount('102 255,40 €'), amount('(199 994,17 лв.)')],
    period: [`15.09.2019${NBSP}г.${NBSP}– 31.12.2020${NBSP}г.`, 'приключил'],
    eu: true,
  },
  {
    path: '/proekti/badeshte-za-vsyako-dete/',
    title: 'Бъдеще за всяко дете',
    // The seed states no amount; the register's total, with its source (content/projects, otherSources).
    amounts: [amount('185 220,61 €')],
    period: ['Срок не е посочено', 'Продължителност не е посочено'],
    eu: false,
  },
  {
    path: '/proekti/kompleks-za-integrirani-sotsialni-uslugi-za-detsa-i-semeystva/',
    title: 'Комплекс за интегрирани социални услуги за деца и семейства',
    contract: 'BG05M9OP001-2.004-0047',
    amounts: [amount('895 833,94 €'), amount('(1 752 098,89 лв.)')],
    period: ['Срок не е посочено', 'приключил (най-късно 31.12.2023\u00a0г., краят на допустимите разходи за 2014–2020)'],
    eu: true,
  },
  {
    path: '/proekti/holistichna-podkrepa-za-ranno-detsko-razvitie/',
    title: 'Холистична подкрепа за ранно детско развитие',
    amounts: [],
    period: ['Срок не е посочено'],
    eu: false,
  },
];

describe.each(seeds)('the page of $title', (seed) => {
  const { html, doc } = readPage(seed.path);
  const main = doc.querySelector('main');
  const text = textOf(main);

  it('shows the title as the only h1', () => {
    expect(doc.querySelectorAll('h1').map((h) => textOf(h))).toEqual([seed.title]);
  });

  it('shows the contract number where the seed gives one', () => {
    if (seed.contract) expect(text).toContain(seed.contract);
    else expect(textOf(main?.querySelector('#finansirane')?.parentNode ?? null)).toMatch(/Номер на договора не е посочено|Програма или дарител не е посочено/);
  });

  it('shows amounts in euro first with the leva alongside', () => {
    for (const a of seed.amounts) expect(text).toContain(a);
    if (seed.amounts.length === 0) expect(text).toContain('Обща стойност на проекта не е посочено');
  });

  it('shows the period, or says it is not stated', () => {
    const period = textOf(main?.querySelector('#period')?.parentNode ?? null);
    for (const p of seed.period) expect(period).toContain(p);
  });

  it('puts the EU block first exactly when EU money funds the project', () => {
    // The first element a visitor sees: the empty search-index markers before it show nothing.
    const first = main
      ?.querySelector('article')
      ?.childNodes.find(
        (n) =>
          n.nodeType === 1 &&
          !['data-pagefind-filter', 'data-pagefind-sort', 'data-pagefind-meta'].some((a) =>
            (n as ReturnType<typeof doc.querySelector> & object).hasAttribute?.(a),
          ),
      ) as ReturnType<typeof doc.querySelector>;
    if (seed.eu) {
      expect(first?.classList.contains('eu-block')).toBe(true);
      expect(textOf(first)).toContain('Европейски съюз');
      expect(textOf(first)).toContain('Европейски социален фонд');
    } else {
      expect(doc.querySelector('.eu-block')).toBeNull();
    }
  });

  it('loads no script (its JSON-LD is data, not a script)', () => {
    expect(executableScripts(html)).toEqual([]);
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).toContain('<script type="application/ld+json">');
  });
});

describe('funding that is not stated', () => {
  it('is said to be unknown, not absent EU money', () => {
    const { doc } = readPage('/proekti/badeshte-za-vsyako-dete/');
    const funding = textOf(doc.querySelector('#finansirane')?.parentNode ?? null);
    expect(funding).toContain('Програма или дарител не е посочено Това не означава, че проектът е без европейско финансиране.');
    expect(textOf(doc.querySelector('main'))).not.toContain('без европейско финансиране ·');
  });

  it('differs from private money, which is named as not from the EU', () => {
    const { doc } = readPage('/proekti/holistichna-podkrepa-za-ranno-detsko-razvitie/');
    const text = textOf(doc.querySelector('main'));
    expect(text).toContain('(средства извън Европейския съюз)');
    expect(text).not.toContain('европейския съюз');
    expect(textOf(doc.querySelector('.key-facts'))).toContain('Средства от ЕС няма: посоченият източник не е от Европейския съюз');
  });
});

describe('the key facts under the title', () => {
  const sectionIds = (doc: ReturnType<typeof readPage>['doc']) =>
    new Set(
      doc
        .querySelectorAll('section[aria-labelledby] > h2[id]')
        .filter((h) => !h.parentNode?.classList.contains('key-facts'))
        .map((h) => h.id),
    );

  it.each(seeds)('follow the title of $title, each row linking down to a section of the page', ({ path }) => {
    const { doc } = readPage(path);
    const h1 = doc.querySelector('h1');
    expect(h1?.nextElementSibling?.classList.contains('key-facts')).toBe(true);
    const rows = doc.querySelectorAll('.key-facts dt a');
    expect(rows.length).toBeGreaterThanOrEqual(8);
    const ids = sectionIds(doc);
    for (const a of rows) expect(ids.has(a.getAttribute('href')!.slice(1)), a.getAttribute('href')!).toBe(true);
    const labels = rows.map((a) => textOf(a));
    expect(labels).toEqual(
      expect.arrayContaining(['Водеща организация', 'Места', 'Период на изпълнение', 'Статус', 'Обща стойност', 'Средства от ЕС', 'Програма или дарител']),
    );
  });

  it('say the EU amount is not stated where the source does not give it, with the money euro first', () => {
    const facts = textOf(readPage('/proekti/shans-za-nashite-detsa/').doc.querySelector('.key-facts'));
    expect(facts).toContain('Средства от ЕС не е посочено');
    // The register's later total first, the page's own beside it with its date (src/lib/fact-sources.ts).
    expect(facts).toContain(
      `Обща стойност ${amount('775 181,72 €')} Източниците се различават: регистърът ИСУН 2020 посочва обща стойност ${amount('775 181,72 €')} (данни към 22.06.2026${NBSP}г.); страницата на Община Хасково – ${amount('443 748,60 €')} ${amount('(867 896,82 лв.)')}, последна промяна 11.08.2022${NBSP}г.`,
    );
    expect(facts).toContain('Номер на договора BG05M9OP001-2.004-0049');
    expect(facts).toContain('Обхванати деца и семейства 443 деца и техните семейства през 2018 г.');
    expect(facts).toContain('Период на изпълнение 26 месеца, с удължаване до 42 месеца');
    const grant = textOf(readPage('/proekti/initsiativa-za-razvitie-i-sotsialno-vklyuchvane/').doc.querySelector('.key-facts'));
    expect(grant).toContain(`Безвъзмездна помощ ${amount('102 255,40 €')} ${amount('(199 994,17 лв.)')}`);
    expect(grant).toContain('Места общини Пловдив, Марица, Садово, Куклен, Родопи, Перущица, Стамболийски, Асеновград; област Пловдив');
  });

  it('show both totals of 003 with their sources, and 002’s register record with how it was matched, once', () => {
    const complex = textOf(readPage('/proekti/kompleks-za-integrirani-sotsialni-uslugi-za-detsa-i-semeystva/').doc.querySelector('.key-facts'));
    expect(complex).toContain(`регистърът ИСУН 2020 посочва обща стойност ${amount('2 168 639,81 €')}`);
    expect(complex).toContain(`${amount('895 833,94 €')} ${amount('(1 752 098,89 лв.)')}`);
    const future = readPage('/proekti/badeshte-za-vsyako-dete/').doc.querySelector('.key-facts');
    const text = textOf(future);
    expect(text).toContain('Номер на договора BG05SFPR002-2.003-0107 Регистърът ИСУН 2020 посочва договор BG05SFPR002-2.003-0107');
    expect(text.split('Съвпадението с този проект е по заглавие').length).toBe(2);
    // The contract number leads to the register's public module, the only address the reference gives.
    expect(future?.querySelector('a[href="https://2020.eufunds.bg/bg/0/0/Project"]')?.textContent).toBe('BG05SFPR002-2.003-0107');
  });

  it('use plain labels: no „Финансиране от източника“ on any project page', () => {
    for (const { path } of seeds) expect(textOf(readPage(path).doc.querySelector('main'))).not.toContain('Финансиране от източника');
  });

  it('come with an in-page contents list of the sections present', () => {
    for (const { path } of seeds) {
      const { doc } = readPage(path);
      const links = doc.querySelectorAll('nav.page-contents a').map((a) => a.getAttribute('href')!.slice(1));
      expect(links).toEqual([...sectionIds(doc)]);
    }
  });
});

describe('expected and achieved results', () => {
  it('labels the expected results of seed 001 as expected, never achieved', () => {
    const { doc } = readPage('/proekti/initsiativa-za-razvitie-i-sotsialno-vklyuchvane/');
    const results = textOf(doc.querySelector('#rezultati')?.parentNode ?? null);
    expect(results).toContain('Очаквани резултати');
    expect(results).not.toContain('Постигнати резултати');
  });

  it('shows the 2018 reach of seed 000 with its split', () => {
    const { doc } = readPage('/proekti/shans-za-nashite-detsa/');
    const results = textOf(doc.querySelector('#rezultati')?.parentNode ?? null);
    expect(results).toContain(`през 2018${NBSP}г.`);
    expect(results).toMatch(/443 деца и техните семейства/);
    for (const n of ['91', '131', '221']) expect(results).toContain(n);
  });
});
