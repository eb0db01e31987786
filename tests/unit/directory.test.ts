import { describe, expect, it } from 'vitest';
import { directoryPages, type DirectoryEntry } from '../../src/lib/directory';
import { bgRoutes } from '../../src/lib/routes';

const entry = (id: string, name: string): DirectoryEntry => ({ id, name, nameLang: 'bg', href: bgRoutes.organization(id), projectCount: 1 });

describe('index pages of organizations and programmes', () => {
  it('list entries in Bulgarian alphabetical order', () => {
    const [page] = directoryPages(
      [entry('s', 'Столична община'), entry('f', 'Фондация „За Нашите Деца“'), entry('h', 'Община Хасково'), entry('a', 'Асоциация')],
      bgRoutes.listingPages('organizations'),
    );
    expect(page?.items.map((e) => e.id)).toEqual(['a', 'h', 's', 'f']);
  });

  it('split a long list into pages under stranitsa/, keeping every entry once', () => {
    const entries = Array.from({ length: 120 }, (_, i) => entry(`o${i}`, `Организация ${String(i).padStart(3, '0')}`));
    const pages = directoryPages(entries, bgRoutes.listingPages('organizations'));
    expect(pages.map((p) => p.path)).toEqual(['/organizatsii/', '/organizatsii/stranitsa/2/', '/organizatsii/stranitsa/3/']);
    expect(
      pages
        .flatMap((p) => p.items)
        .map((e) => e.id)
        .sort(),
    ).toEqual(entries.map((e) => e.id).sort());
  });
});
