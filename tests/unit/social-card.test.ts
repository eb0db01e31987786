import { describe, expect, it } from 'vitest';
import { socialCardPng, socialCardTree } from '../../src/data/social-card-render';
import { strings } from '../../src/i18n';
import { EMBLEM_BLUE, EMBLEM_YELLOW, emblemGeometry, emblemSvg } from '../../src/lib/eu-emblem';
import { buildProjectView, type Lookups } from '../../src/lib/project-view';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  cardEmblemLines,
  cardTree,
  EMBLEM_BOX,
  fitText,
  partsOf,
  shortenLine,
  titleBox,
  TITLE_SIZES,
  wrapWords,
  type CardInput,
  type CardNode,
  type Measure,
} from '../../src/lib/social-card';
import { decodePng, pixelsNear, type Pixels } from '../helpers/png';
import { contentOrganizations, contentProgrammes, contentProjects, projectsByFunding } from '../helpers/content';

// A monospaced stand-in for the font: every character is 0.5 em wide, so widths are easy to reason about.
const mono: Measure = (text, size) => [...text].length * size * 0.5;
const fitsAt = (size: number, width: number) => (line: string) => mono(line, size, 700) <= width;
const art = { markSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>', emblemSvg: emblemSvg() };
const textOf = (node: CardNode): string =>
  typeof node.props.children === 'string' ? node.props.children : (node.props.children ?? []).map((c) => (typeof c === 'string' ? c : textOf(c))).join('\n');

describe('wrapping and shortening a title', () => {
  it('wraps greedily at the measured width and keeps every word', () => {
    const lines = wrapWords('Шанс за нашите деца в Хасково', fitsAt(10, 60));
    expect(lines).toEqual(['Шанс за', 'нашите деца', 'в Хасково']);
    expect(lines.every(fitsAt(10, 60))).toBe(true);
  });

  it('cuts a line at a word with „…“, and by letters only when one word is too long', () => {
    expect(shortenLine('Шанс за нашите деца', fitsAt(10, 70))).toBe('Шанс за…');
    expect(shortenLine('Междусекторни', fitsAt(10, 50))).toBe('Междусект…');
  });

  it('keeps a title that fits at the largest size whole, without „…“', () => {
    const fitted = fitText('Шанс за нашите деца', { width: 1040, height: 220 }, mono, TITLE_SIZES);
    expect(fitted).toEqual({ size: TITLE_SIZES[0], lines: ['Шанс за нашите деца'], shortened: false });
  });

  it('steps down the size before it shortens anything', () => {
    // 60 characters: 2 lines at 64 px need 147 px of height, the box has 130; at 56 px two lines fit.
    const title = 'Инициатива за развитие и социално включване – за нашите деца';
    const fitted = fitText(title, { width: 1040, height: 130 }, mono, TITLE_SIZES);
    expect(fitted.size).toBeLessThan(TITLE_SIZES[0]);
    expect(fitted.shortened).toBe(false);
    expect(fitted.lines.join(' ')).toBe(title);
  });

  it('shortens with „…“ only when the smallest size cannot hold the title, and every line fits', () => {
    const title = Array.from({ length: 40 }, (_, i) => `дума${i}`).join(' ');
    const box = { width: 400, height: 110 };
    const fitted = fitText(title, box, mono, TITLE_SIZES);
    expect(fitted.size).toBe(TITLE_SIZES.at(-1));
    expect(fitted.shortened).toBe(true);
    expect(fitted.lines.length).toBe(Math.floor(box.height / (fitted.size * 1.15)));
    expect(fitted.lines.at(-1)).toMatch(/…$/);
    expect(fitted.lines.every((line) => mono(line, fitted.size, 700) <= box.width)).toBe(true);
    // What is kept is the title's beginning, word for word.
    expect(title.startsWith(fitted.lines.join(' ').replace(/…$/, ''))).toBe(true);
  });
});

describe('what the card shows', () => {
  const input = (emblem?: string[]): CardInput => ({
    lang: 'bg',
    label: 'Проект',
    title: { text: 'Шанс за нашите деца', lang: 'bg' },
    organization: { text: 'Община Хасково', lang: 'bg' },
    siteName: 'Видимост',
    emblem,
  });

  it('has the site mark and name, the label, the title and the organization', () => {
    const { tree } = cardTree(input(), art, mono);
    expect(partsOf(tree, 'mark')).toHaveLength(1);
    expect(textOf(partsOf(tree, 'site-name')[0]!)).toBe('Видимост');
    expect(textOf(partsOf(tree, 'label')[0]!)).toBe('Проект');
    expect(textOf(partsOf(tree, 'title')[0]!)).toBe('Шанс за нашите деца');
    expect(textOf(partsOf(tree, 'organization')[0]!)).toBe('Община Хасково');
    expect(tree.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
  });

  it('draws the emblem with its statement only when given the lines, in the emblem box', () => {
    const withEmblem = cardTree(input(['Европейски съюз', 'Европейски социален фонд']), art, mono).tree;
    const [emblem] = partsOf(withEmblem, 'eu-emblem');
    expect(emblem?.props).toMatchObject({ width: EMBLEM_BOX.width, height: EMBLEM_BOX.height, style: { left: EMBLEM_BOX.x, top: EMBLEM_BOX.y } });
    expect(Buffer.from(emblem!.props.src!.split(',')[1]!, 'base64').toString()).toBe(emblemSvg());
    expect(textOf(partsOf(withEmblem, 'eu-statement')[0]!)).toBe('Европейски съюз\nЕвропейски социален фонд');
    for (const without of [input(), input([])]) {
      const { tree } = cardTree(without, art, mono);
      expect(partsOf(tree, 'eu-emblem')).toEqual([]);
      expect(partsOf(tree, 'eu-statement')).toEqual([]);
    }
  });

  it('takes the emblem lines from the EU blocks: each line once, the 2021-2027 statement alone, none without a block', () => {
    expect(cardEmblemLines([{ caption: ['eu', 'ESF'] }, { caption: ['eu', 'ESF'] }])).toEqual(['eu', 'ESF']);
    expect(cardEmblemLines([{ caption: ['coFunded'] }]).map((line) => strings('bg').eu.caption[line])).toEqual(['Съфинансирано от Европейския съюз']);
    expect(cardEmblemLines([])).toEqual([]);
  });

  it('keeps the title and the organization above the emblem, larger than the mark (3:2, as the rules draw it)', () => {
    expect(176 + titleBox(true).height + 24 + 32 * 1.25).toBeLessThan(EMBLEM_BOX.y);
    expect(titleBox(false).height).toBeGreaterThan(titleBox(true).height);
    expect(EMBLEM_BOX.width / EMBLEM_BOX.height).toBe(1.5);
    expect(EMBLEM_BOX.height).toBeGreaterThan(72);
    expect(EMBLEM_BOX.y + EMBLEM_BOX.height).toBeLessThan(CARD_HEIGHT - 24);
  });
});

describe('the emblem on the cards of the sample projects (the same EU blocks as their pages)', () => {
  const programmes = new Map(contentProgrammes().map((p) => [p.id, p.data]));
  const organizations = new Map(contentOrganizations().map((o) => [o.id, o.data]));
  const lookups: Lookups = {
    organization: (id) => ({ id, name: organizations.get(id)!.name }),
    programme: (id) => ({ id, ...programmes.get(id)! }),
  };
  const funding = projectsByFunding();
  const cards = contentProjects().map(({ id, data }) => {
    const view = buildProjectView(id, data, lookups, '2026-11-24');
    const lines = cardEmblemLines(view.euBlocks).map((line) => strings('bg').eu.caption[line]);
    return {
      id,
      lines,
      tree: cardTree({ lang: 'bg', label: 'Проект', title: { text: data.title, lang: 'bg' }, siteName: 'Видимост', emblem: lines }, art, mono).tree,
    };
  });

  it('002 (funding not stated) and 004 (private money) have no emblem', () => {
    for (const id of ['badeshte-za-vsyako-dete', 'holistichna-podkrepa-za-ranno-detsko-razvitie']) {
      expect([...funding.unknown, ...funding.notEu]).toContain(id);
      const card = cards.find((c) => c.id === id)!;
      expect(partsOf(card.tree, 'eu-emblem')).toEqual([]);
    }
  });

  it('every EU-funded project has the emblem with „Европейски съюз“ and its fund, and no other project has it', () => {
    expect(funding.eu.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(partsOf(card.tree, 'eu-emblem').length, card.id).toBe(funding.eu.includes(card.id) ? 1 : 0);
      if (funding.eu.includes(card.id)) expect(card.lines).toEqual(['Европейски съюз', 'Европейски социален фонд']);
    }
  });
});

describe('drawing a card (satori, resvg, Ubuntu)', () => {
  const input: CardInput = {
    lang: 'bg',
    label: 'Проект',
    title: { text: 'Шанс за нашите деца', lang: 'bg' },
    organization: { text: 'Община Хасково', lang: 'bg' },
    siteName: 'Видимост',
    emblem: ['Европейски съюз', 'Европейски социален фонд'],
  };
  const count = (png: Pixels, hex: string) => pixelsNear(png, EMBLEM_BOX, hex);

  it('gives the same bytes twice, 1200×630, with the emblem in its box', { timeout: 30_000 }, async () => {
    const first = await socialCardPng(input, { cache: false });
    const second = await socialCardPng(input, { cache: false });
    expect(Buffer.compare(first, second)).toBe(0);
    const png = await decodePng(first);
    expect([png.width, png.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    const box = EMBLEM_BOX.width * EMBLEM_BOX.height;
    expect(count(png, EMBLEM_BLUE)).toBeGreaterThan(box * 0.8);
    // Twelve stars of radius height/18 cover about 35 px each; at least 10 of each are pure yellow (the rest is antialiased).
    expect(emblemGeometry(EMBLEM_BOX.height).starCentres).toHaveLength(12);
    expect(count(png, EMBLEM_YELLOW)).toBeGreaterThan(12 * 10);
  });

  it('leaves the emblem box blank on a card without the emblem', { timeout: 30_000 }, async () => {
    const png = await decodePng(await socialCardPng({ ...input, emblem: [] }, { cache: false }));
    expect(count(png, EMBLEM_BLUE) + count(png, EMBLEM_YELLOW)).toBe(0);
  });

  it('fits a real title by the font’s own widths: long ones wrap, a very long one ends in „…“', { timeout: 30_000 }, async () => {
    const long = 'Инициатива за развитие и социално включване – за нашите деца';
    const tree = await socialCardTree({ ...input, title: { text: long, lang: 'bg' } });
    const lines = partsOf(tree, 'title')[0]!.props.children as CardNode[];
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map(textOf).join(' ')).toBe(long);
    const huge = await socialCardTree({ ...input, title: { text: `${long} `.repeat(6).trim(), lang: 'bg' } });
    expect(textOf(partsOf(huge, 'title')[0]!)).toMatch(/…$/);
  });
});
