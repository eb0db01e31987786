/**
 * The English pages of the projects: one per project at its routes.ts address, with English
 * labels, dates and amounts, the EU block in English, the story in English or the plain
 * notice that it exists only in Bulgarian, and no Bulgarian text that is not marked as such.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, readPage, requireDist, textOf } from '../helpers/dist';
import { contentProjects, projectsByFunding } from '../helpers/content';
import { strings } from '../../src/i18n';
import { GROUPING_NAMES } from '../../src/lib/groupings';
import { routesFor } from '../../src/lib/routes';

beforeAll(requireDist);

const en = strings('en');
const toEn = routesFor('en');
const toBg = routesFor('bg');
const NBSP = '\u00a0';
const CYRILLIC = /\p{Script=Cyrillic}/u;
const projects = contentProjects();
const euFunded = new Set(projectsByFunding().eu);

/** The language an element's text is in: its own lang, or its nearest ancestor's. */
function langAt(node: Node): string | undefined {
  for (let el: Node | null = node.parentNode; el; el = el.parentNode) {
    const lang = (el as HTMLElement).getAttribute?.('lang');
    if (lang) return lang;
  }
  return undefined;
}

/**
 * Cyrillic text in the page's main content that is not inside an element marked lang="bg",
 * with the tag it sits in. (The header and footer belong to the layout, tested with it.)
 */
function unmarkedBulgarian(root: HTMLElement): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      if (CYRILLIC.test(node.text) && langAt(node) !== 'bg') found.push(`<${(node.parentNode as HTMLElement).rawTagName}> ${node.text.trim()}`);
      return;
    }
    const el = node as HTMLElement;
    if (['script', 'style', 'template'].includes(el.rawTagName)) return;
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
      const value = el.getAttribute?.(name);
      if (value && CYRILLIC.test(value) && (el.getAttribute('lang') ?? langAt(el)) !== 'bg') found.push(`<${el.rawTagName} ${name}> ${value}`);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

describe.each(projects)('the English page of $id', ({ id, data }) => {
  const path = toEn.project({ id, data });
  const { doc } = readPage(path);
  const main = doc.querySelector('main')!;
  const text = textOf(main);

  it('is at the address routes.ts gives, in English', () => {
    expect(existsSync(join(DIST, path, 'index.html'))).toBe(true);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
  });

  it('shows the title in English where the content has one, otherwise the Bulgarian title marked lang="bg"', () => {
    const h1 = doc.querySelector('h1')!;
    if (data.en?.title) expect(textOf(h1)).toBe(data.en.title);
    else {
      expect(textOf(h1)).toBe(data.title);
      expect(h1.getAttribute('lang')).toBe('bg');
    }
  });

  it('labels the key facts in English', () => {
    const labels = doc.querySelectorAll('.key-facts dt').map((dt) => textOf(dt));
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels) expect([...Object.values(en.keyFacts.label), en.keyFacts.partner]).toContain(label);
    expect(textOf(doc.querySelector('.key-facts h2'))).toBe(en.keyFacts.heading);
  });

  it('writes amounts the English way, never in leva the Bulgarian way', () => {
    expect(text).not.toMatch(/лв\.|\d,\d\d\s?€/);
    if (data.totalCost) expect(text).toMatch(/€\d{1,3}(,\d{3})*\.\d\d/);
  });

  it('tells the story in English, or says plainly that it exists only in Bulgarian and links to it', () => {
    const about = doc.querySelector('#za-proekta')?.parentNode ?? null;
    const link = about?.querySelector(`a[href="${toBg.project(id)}"]`);
    if (data.en?.body) expect(link).toBeFalsy();
    else {
      expect(textOf(about)).toContain(en.project.onlyInBulgarian);
      expect(link?.getAttribute('hreflang')).toBe('bg');
    }
  });

  it('shows the EU block in English exactly when EU money funds the project', () => {
    const block = doc.querySelector('.eu-block');
    if (!euFunded.has(id)) expect(block).toBeNull();
    else {
      const caption = textOf(block!.querySelector('.eu-block__caption'));
      expect([en.eu.caption.coFunded, `${en.eu.caption.eu} ${en.eu.caption.ESF}`, `${en.eu.caption.eu} ${en.eu.caption['ESF+']}`]).toContain(caption);
    }
  });

  it('has no Bulgarian text outside elements marked lang="bg"', () => {
    expect(unmarkedBulgarian(doc.querySelector('main')!)).toEqual([]);
  });

  it('has its open data beside it, the same record as the Bulgarian page’s', () => {
    const english = readFileSync(join(DIST, toEn.projectData({ id, data })), 'utf8');
    expect(english).toBe(readFileSync(join(DIST, toBg.projectData(id)), 'utf8'));
    expect(JSON.parse(english).id).toBe(id);
  });
});

describe('facts in English on the seed pages', () => {
  // No-break spaces keep an amount or a date on one line; the figures are compared with plain spaces.
  const page = (id: string) => textOf(readPage(toEn.project(projects.find((p) => p.id === id)!)).doc.querySelector('main')).replaceAll(NBSP, ' ');

  it('writes the amounts of „Шанс за нашите деца“ in euro first, the leva alongside', () => {
    expect(page('shans-za-nashite-detsa')).toContain('€443,748.60 (BGN 867,896.82)');
  });

  it('writes the dates of „Инициатива за развитие…“ the English way', () => {
    const text = page('initsiativa-za-razvitie-i-sotsialno-vklyuchvane');
    expect(text).toContain('15 September 2019');
    expect(text).toContain(en.status.completed);
  });
});

describe('the English home page, project list and groupings', () => {
  const listingPaths = [toEn.home(), toEn.listing('projects'), ...GROUPING_NAMES.map((name) => toEn.grouping(name))];

  it.each(listingPaths)('%s is in English, Bulgarian names marked lang="bg"', (path) => {
    const { doc } = readPage(path);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(unmarkedBulgarian(doc.querySelector('main')!)).toEqual([]);
  });

  it('links every group of every grouping to its English page, and each group has its CSV', () => {
    for (const name of GROUPING_NAMES) {
      const { doc } = readPage(toEn.grouping(name));
      const links = doc.querySelectorAll('main li a').map((a) => a.getAttribute('href')!);
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) {
        const group = readPage(href).doc;
        expect(unmarkedBulgarian(group.querySelector('main')!)).toEqual([]);
        const csv = group.querySelector('main a[download]')!.getAttribute('href')!;
        expect(existsSync(join(DIST, csv))).toBe(true);
      }
    }
  });

  it('links the English project cards to the English project pages', () => {
    const cards = readPage(toEn.listing('projects'))
      .doc.querySelectorAll('.project-card h3 a, .project-card h2 a')
      .map((a) => a.getAttribute('href'));
    expect(cards.sort()).toEqual(projects.map((p) => toEn.project(p)).sort());
  });
});
