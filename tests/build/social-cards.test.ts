import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LANGS, type Lang } from '../../src/i18n/lang';
import { EMBLEM_BLUE, EMBLEM_YELLOW } from '../../src/lib/eu-emblem';
import { routesFor, type CardCollection, type Entry } from '../../src/lib/routes';
import { CARD_HEIGHT, CARD_WIDTH, EMBLEM_BOX } from '../../src/lib/social-card';
import { contentNews, contentProjects, projectsByFunding } from '../helpers/content';
import { decodePng, pixelsNear, type Pixels } from '../helpers/png';
import { builtPagePaths, DIST, readPage, requireDist } from '../helpers/dist';

beforeAll(requireDist);

const site = parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'site.yaml'), 'utf8'));
const funding = projectsByFunding();

interface Item {
  collection: CardCollection;
  id: string;
  entry: Entry;
  title: string;
  enTitle?: string;
}
const items: Item[] = [
  ...contentProjects().map(({ id, data }) => ({ collection: 'projects' as const, id, entry: { id, data }, title: data.title, enTitle: data.en?.title })),
  ...contentNews().map(({ id, data }) => ({ collection: 'news' as const, id, entry: { id, data }, title: data.title, enTitle: data.en?.title })),
];
const pageOf = (item: Item, lang: Lang) => (item.collection === 'projects' ? routesFor(lang).project(item.entry) : routesFor(lang).newsItem(item.entry));
const cardOf = (item: Item, lang: Lang) => routesFor(lang).card(item.collection, item.entry);

const inEmblemBox = (image: Pixels, hex: string) => pixelsNear(image, EMBLEM_BOX, hex);
const png = (path: string) => decodePng(readFileSync(join(DIST, path)));
const hasEmblem = (image: Pixels) => inEmblemBox(image, EMBLEM_BLUE) > EMBLEM_BOX.width * EMBLEM_BOX.height * 0.8 && inEmblemBox(image, EMBLEM_YELLOW) > 120;

describe.each(LANGS)('the social cards of the pages in %s', (lang) => {
  it.each(items.map((item) => [`${item.collection}/${item.id}`, item] as const))(
    '%s: og:image is its own 1200×630 card, with its size and alt',
    async (_, item) => {
      const { doc } = readPage(pageOf(item, lang));
      const meta = (selector: string) => doc.querySelector(`meta[${selector}]`)?.getAttribute('content');
      const image = meta('property="og:image"');
      expect(image).toBe(new URL(cardOf(item, lang), site.url).href);
      expect(meta('name="twitter:image"')).toBe(image);
      expect(existsSync(join(DIST, cardOf(item, lang)))).toBe(true);
      const card = await png(cardOf(item, lang));
      expect([card.width, card.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
      expect([meta('property="og:image:width"'), meta('property="og:image:height"')]).toEqual([String(CARD_WIDTH), String(CARD_HEIGHT)]);
      // The alt names what the card shows: the title in the page's language where content has one.
      const title = lang === 'en' && item.enTitle ? item.enTitle : item.title;
      expect(meta('property="og:image:alt"')).toContain(title);
      expect(meta('name="twitter:image:alt"')).toBe(meta('property="og:image:alt"'));
    },
  );
});

describe('the EU emblem on the cards', () => {
  const projects = items.filter((i) => i.collection === 'projects');

  it('is on the card of every EU-funded project, in both languages, and named in its alt', async () => {
    expect(funding.eu.length).toBeGreaterThan(0);
    for (const item of projects.filter((p) => funding.eu.includes(p.id)))
      for (const lang of LANGS) {
        expect(hasEmblem(await png(cardOf(item, lang))), `${lang} ${item.id}`).toBe(true);
        const alt = readPage(pageOf(item, lang)).doc.querySelector('meta[property="og:image:alt"]')?.getAttribute('content');
        expect(alt).toContain(
          lang === 'bg'
            ? 'Знамето на ЕС с надпис „Европейски съюз, Европейски социален фонд“'
            : 'The EU flag with the words “European Union, European Social Fund”',
        );
      }
  });

  it('is on no other card: not 002 (funding not stated), not 004 (private money), not on news items', async () => {
    expect(funding.unknown).toContain('badeshte-za-vsyako-dete');
    expect(funding.notEu).toContain('holistichna-podkrepa-za-ranno-detsko-razvitie');
    const others = items.filter((i) => !(i.collection === 'projects' && funding.eu.includes(i.id)));
    expect(others.map((i) => i.id)).toEqual(expect.arrayContaining(['badeshte-za-vsyako-dete', 'holistichna-podkrepa-za-ranno-detsko-razvitie']));
    for (const item of others)
      for (const lang of LANGS) {
        const card = await png(cardOf(item, lang));
        expect(inEmblemBox(card, EMBLEM_BLUE) + inEmblemBox(card, EMBLEM_YELLOW), `${lang} ${item.id}`).toBe(0);
        expect(readPage(pageOf(item, lang)).doc.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).not.toMatch(/ЕС|EU/);
      }
  });
});

describe('other pages', () => {
  it('share the site’s default card', () => {
    const withCards = new Set(items.flatMap((item) => LANGS.map((lang) => pageOf(item, lang))));
    const others = builtPagePaths().filter((path) => !withCards.has(path));
    expect(others.length).toBeGreaterThan(0);
    for (const path of others)
      expect(readPage(path).doc.querySelector('meta[property="og:image"]')?.getAttribute('content'), path).toBe(new URL('/og-default.png', site.url).href);
  });
});
