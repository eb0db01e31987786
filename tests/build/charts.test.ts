import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/transliteration';
import { builtPagePaths, readPage, requireDist, textOf } from '../helpers/dist';

beforeAll(requireDist);

const NBSP = '\u00a0';
const SHANS = '/proekti/shans-za-nashite-detsa/';
const INITSIATIVA = '/proekti/initsiativa-za-razvitie-i-sotsialno-vklyuchvane/';

const sectionOf = (path: string, id: string) => readPage(path).doc.querySelector(`section:has(> #${id})`)!;
/** A figure's text outside its drawing: the caption, legend and table a screen reader gets. */
function textBesideDrawing(figure: HTMLElement): string {
  const copy = figure.clone() as HTMLElement;
  const drawings = copy.childNodes.filter((node) => (node as HTMLElement).tagName === 'SVG');
  expect(drawings).toHaveLength(1);
  drawings.forEach((svg) => svg.remove());
  // Cells and list items read as separate words, as a screen reader reads them.
  copy.querySelectorAll('th, td, li').forEach((cell) => cell.insertAdjacentHTML('afterend', ' '));
  return textOf(copy);
}
const drawnTexts = (figure: HTMLElement) =>
  figure
    .querySelectorAll(':scope > svg text')
    .map((t) => textOf(t))
    .filter(Boolean);

describe('charts on the project pages', () => {
  it('draws the 2018 reach of „Шанс за нашите деца“: 443 = 91 + 131 + 221, bars to scale', () => {
    const figure = sectionOf(SHANS, 'rezultati').querySelector('figure.chart')!;
    expect(figure).toBeTruthy();
    const bars = figure.querySelectorAll('svg rect').map((r) => Number(r.getAttribute('width')));
    expect(bars).toHaveLength(4);
    [91, 131, 221].forEach((n, i) => expect(bars[i + 1]! / bars[0]!).toBeCloseTo(n / 443, 2));
    expect(drawnTexts(figure)).toEqual(expect.arrayContaining([`През 2018${NBSP}г.`, '443', '91', '131', '221']));
    const text = textBesideDrawing(figure);
    expect(text).toContain('443 = 91 + 131 + 221');
    expect(text).toContain(`443 деца и техните семейства през 2018${NBSP}г.`);
    expect(text).toContain('постигнати');
  });

  it('draws the 26 → 42 month period of „Шанс за нашите деца“, planned solid and the extension hatched', () => {
    const figure = sectionOf(SHANS, 'period').querySelector('figure.chart')!;
    const segments = figure.querySelectorAll(':scope > svg > rect');
    expect(segments.map((r) => r.getAttribute('class'))).toEqual(['bar-total', 'seg-extension']);
    const [planned, extension] = segments.map((r) => Number(r.getAttribute('width')));
    expect(planned! / (planned! + extension!)).toBeCloseTo(26 / 42, 2);
    expect(drawnTexts(figure)).toEqual(expect.arrayContaining(['начало', '26', '42']));
    const text = textBesideDrawing(figure);
    expect(text).toContain('след 26 месеца от началото');
    expect(text).toContain('след 42 месеца от началото');
    expect(text).toContain('Удължаване');
    expect(text).toContain('Началото не е посочено');
  });

  it('draws 15.09.2019 – 31.12.2020 for „Инициатива…“ with the build date beyond its end', () => {
    const figure = sectionOf(INITSIATIVA, 'period').querySelector('figure.chart')!;
    expect(drawnTexts(figure)).toEqual(expect.arrayContaining([`15.09.2019${NBSP}г.`, `31.12.2020${NBSP}г.`]));
    expect(figure.querySelectorAll('.seg-extension')).toHaveLength(0);
    expect(figure.querySelector('.build-mark')).toBeTruthy();
    const text = textBesideDrawing(figure);
    expect(text).toContain(`Начало 15.09.2019${NBSP}г.`);
    expect(text).toContain(`Първоначален срок 31.12.2020${NBSP}г.`);
    expect(text).toMatch(/Страницата е построена на \d\d\.\d\d\.\d{4}/);
  });

  it('marks the expected results of „Инициатива…“ as expected, each one, and none as achieved', () => {
    const section = sectionOf(INITSIATIVA, 'rezultati');
    const items = section.querySelectorAll('ul.results-expected li');
    expect(items.length).toBe(4);
    for (const item of items) expect(textOf(item)).toMatch(/\(очакван\)$/);
    expect(section.querySelectorAll('ul.results-achieved')).toHaveLength(0);
    expect(section.querySelector('figure.chart')).toBeNull();
  });

  it('draws the stated money to scale and says which amount is not stated', () => {
    const figure = sectionOf(SHANS, 'finansirane').querySelector('figure.chart')!;
    expect(figure.querySelectorAll('svg rect')).toHaveLength(1);
    const text = textBesideDrawing(figure);
    expect(text).toContain(`443${NBSP}748,60${NBSP}€ (867${NBSP}896,82${NBSP}лв.)`);
    expect(text).toContain('Безвъзмездна помощ не е посочено');
  });
});

describe('every chart and map on every page', () => {
  it('has each number and date it draws also in its text', () => {
    let figures = 0;
    for (const path of builtPagePaths().filter((p) => p.endsWith('/'))) {
      for (const figure of readPage(path).doc.querySelectorAll('figure.chart, figure.map')) {
        figures += 1;
        const text = textBesideDrawing(figure);
        for (const drawn of drawnTexts(figure).filter((t) => /\d/.test(t))) expect(text.toLowerCase(), `${path}: „${drawn}“`).toContain(drawn.toLowerCase());
      }
    }
    expect(figures).toBeGreaterThan(10);
  });
});

describe('the map of Bulgaria', () => {
  const provinces = ['Пловдив', 'Хасково', 'Стара Загора', 'София-град'];

  for (const path of ['/', '/proekti/']) {
    it(`on ${path} shades and links ${provinces.join(', ')}, and lists them for keyboards and screen readers`, () => {
      const figure = readPage(path).doc.querySelector('figure.map')!;
      const svg = figure.querySelector('svg')!;
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      for (const name of provinces) {
        const href = `/proekti/po-oblast/${slugify(name)}/`;
        const link = svg.querySelectorAll('a').find((a) => textOf(a.querySelector('title')).startsWith(`${name}:`))!;
        expect(link, name).toBeTruthy();
        expect(link.getAttribute('href')).toBe(href);
        expect(link.getAttribute('tabindex')).toBe('-1');
        expect(link.querySelector('path')!.getAttribute('class')).not.toMatch(/l0/);
        expect(figure.querySelectorAll('figcaption a').map((a) => a.getAttribute('href'))).toContain(href);
      }
      // Provinces without a project are drawn blank and link nowhere.
      expect(svg.querySelectorAll('a')).toHaveLength(provinces.length);
      expect(svg.querySelectorAll('path')).toHaveLength(28);
      expect(textOf(figure.querySelector('.map-legend'))).toMatch(/1 проект.*2 проекта.*без проект/);
      expect(textOf(figure)).toContain('Natural Earth');
    });
  }

  it('highlights a project’s own provinces on its page', () => {
    const figure = sectionOf(SHANS, 'mesta').querySelector('figure.map')!;
    const on = figure.querySelectorAll('path.map-on').map((p) => textOf(p.querySelector('title')));
    expect(on).toEqual(['Хасково']);
    expect(figure.querySelectorAll('path.map-off')).toHaveLength(27);
  });
});
