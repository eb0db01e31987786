import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPlaceholder, livePlaceholders, type LaunchInput } from '../../src/lib/launch';
import { readLaunchInput } from '../../src/checks/launch';

const ROOT = join(import.meta.dirname, '..', '..');

/** A site with every placeholder filled in. */
const ready = (): LaunchInput => ({
  site: {
    url: 'https://www.vidimost.bg',
    operator: { name: 'Сдружение „Пример“', email: 'info@vidimost.bg' },
    newsletter: { provider: 'brevo' },
    openData: { licence: 'CC BY 4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/' },
  },
  organizations: [{ file: 'content/organizations/a.yaml', data: { name: 'Фондация А', donations: { iban: 'BG80 BNBG 9661 1020 3456 78' } } }],
  pages: [{ file: 'content/pages/poveritelnost.mdx', text: '---\ntitle: Поверителност\n---\n\nАдминистратор е Сдружение „Пример“.' }],
});

describe('the launch check on the sample content', () => {
  const lines = livePlaceholders(readLaunchInput(ROOT)).map(formatPlaceholder);
  const has = (pattern: RegExp) =>
    expect(
      lines.filter((l) => pattern.test(l)),
      String(pattern),
    ).toHaveLength(1);

  it('names each placeholder still live, with its file and what to fill in', () => {
    has(/^content\/site\.yaml: организацията, която поддържа сайта, не е посочена; напишете името ѝ/);
    has(/^content\/site\.yaml: адресът на сайта е временен \(https:\/\/vidimost\.example\); напишете окончателния адрес/);
    has(/^content\/site\.yaml: бюлетинът не е свързан.*newsletter → provider/);
    has(/^content\/site\.yaml: няма имейл за обратна връзка \(декларацията за достъпност.*„Съобщете за грешка“ не се показва/);
    has(/^content\/site\.yaml: лицензът на отворените данни \(\/danni\/\) не е определен; напишете го в openData → licence/);
    has(/^content\/organizations\/fondatsia-za-nashite-detsa\.yaml: IBAN-ът за дарения на Фондация „За Нашите Деца“ е примерен \(BG59 ZZZZ/);
    has(/^content\/organizations\/obshtina-kazanlak\.yaml: IBAN-ът за дарения на Община Казанлък е примерен/);
    has(/^content\/pages\/poveritelnost\.mdx, ред 11: място за попълване: „наименование, ЕИК и адрес/);
    has(/^content\/pages\/poveritelnost\.mdx, ред 15: място за попълване: „длъжностно лице по защита на данните/);
    has(/^content\/pages\/poveritelnost\.mdx, ред 29: място за попълване: „доставчик на бюлетина/);
    has(/^content\/pages\/poveritelnost\.mdx, ред 33: място за попълване: „в какъв срок“/);
    has(/^content\/pages\/poveritelnost\.mdx, ред 7: изречението, което обяснява отбелязаните места/);
    expect(lines).toHaveLength(12);
  });
});

describe('livePlaceholders', () => {
  it('finds nothing when every placeholder is filled in', () => {
    expect(livePlaceholders(ready())).toEqual([]);
  });

  it('finds each kind of placeholder on its own', () => {
    const cases: [string, (input: LaunchInput) => void, RegExp][] = [
      ['operator', (i) => (i.site.operator!.isPlaceholder = true), /организацията, която поддържа сайта/],
      ['operator name missing', (i) => delete i.site.operator!.name, /организацията, която поддържа сайта/],
      ['e-mail', (i) => delete i.site.operator!.email, /имейл за обратна връзка/],
      ['address flag', (i) => (i.site.urlIsPlaceholder = true), /адресът на сайта е временен/],
      ['example address', (i) => (i.site.url = 'https://vidimost.example'), /адресът на сайта е временен/],
      ['newsletter', (i) => (i.site.newsletter = { provider: 'none' }), /бюлетинът не е свързан/],
      ['open-data licence', (i) => delete i.site.openData, /лицензът на отворените данни/],
      ['open-data licence address', (i) => delete i.site.openData!.licenceUrl, /лицензът на отворените данни/],
      ['editor', (i) => (i.site.editor = { host: 'github' }), /хранилището на редактора/],
      [
        'IBAN',
        (i) => (i.organizations[0]!.data.donations!.ibanIsExample = true),
        /^content\/organizations\/a\.yaml: IBAN-ът за дарения на Фондация А е примерен/,
      ],
      [
        'privacy',
        (i) => (i.pages[0]!.text += '\nСрок: **[ПОПЪЛНЕТЕ: в какъв срок]**.'),
        /^content\/pages\/poveritelnost\.mdx, ред 6: място за попълване: „в какъв срок“/,
      ],
    ];
    for (const [name, change, pattern] of cases) {
      const input = ready();
      change(input);
      const found = livePlaceholders(input).map(formatPlaceholder);
      expect(found, name).toHaveLength(1);
      expect(found[0], name).toMatch(pattern);
    }
  });

  it('accepts an editor group once its repository is set, and a site without one', () => {
    const input = ready();
    input.site.editor = { host: 'gitlab', repository: 'primer/vidimost' };
    expect(livePlaceholders(input)).toEqual([]);
    delete input.site.editor;
    expect(livePlaceholders(input)).toEqual([]);
  });
});
