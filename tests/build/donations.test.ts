import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, requireDist, textOf } from '../helpers/dist';

beforeAll(requireDist);

// The seeds: 001 and 004 (Фондация „За Нашите Деца“) and 002 (partner Община Казанлък) take donations.
const donorPages = ['/darete/fondatsia-za-nashite-detsa/', '/darete/obshtina-kazanlak/'];

describe('the donation pages', () => {
  it('list every organization that takes donations on „Дарете“', () => {
    const links = readPage('/darete/').doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(donorPages));
  });

  it.each(donorPages)('%s shows the IBAN in groups of four, marked as an example everywhere', (path) => {
    const { doc } = readPage(path);
    const text = textOf(doc.querySelector('main'));
    expect(text).toMatch(/BG\d\d ZZZZ \d{4} \d{4} \d{4} \d\d/);
    expect(text).toContain('ПРИМЕР – не превеждайте');
    expect(doc.querySelector('button[data-copy^="BG"]')?.textContent).toContain('ПРИМЕР – не превеждайте');
    expect(doc.querySelector('button[data-copy^="BG"]')?.getAttribute('data-copy')).toMatch(/^BG\d\dZZZZ\d{14}$/);
    expect(textOf(doc.querySelector('.qr'))).toContain('ПРИМЕР – не превеждайте');
    expect(doc.querySelector('.qr svg')?.getAttribute('role')).toBe('img');
  });

  it.each(donorPages)('%s offers no card payment and no SMS without a link or a valid keyword', (path) => {
    const text = textOf(readPage(path).doc.querySelector('main'));
    expect(text).not.toContain('С карта');
    expect(text).not.toContain('DMS');
  });

  it('show one-off and monthly giving side by side, and the business block', () => {
    const text = textOf(readPage('/darete/fondatsia-za-nashite-detsa/').doc.querySelector('main'));
    expect(text).toContain('Еднократно дарение');
    expect(text).toContain('Месечно дарение');
    expect(text).toContain('Ре:дарител');
    expect(text).toContain('чл. 22 ЗДДФЛ');
    expect(text).toContain('чл. 31 ЗКПО');
  });
});

describe('calls to give on project pages', () => {
  it.each([
    ['/proekti/initsiativa-za-razvitie-i-sotsialno-vklyuchvane/', '/darete/fondatsia-za-nashite-detsa/'],
    ['/proekti/holistichna-podkrepa-za-ranno-detsko-razvitie/', '/darete/fondatsia-za-nashite-detsa/'],
    ['/proekti/badeshte-za-vsyako-dete/', '/darete/obshtina-kazanlak/'],
  ])('%s links to %s', (project, donate) => {
    expect(readPage(project).doc.querySelector(`aside a[href="${donate}"]`)).not.toBeNull();
  });

  it.each(['/proekti/shans-za-nashite-detsa/', '/proekti/kompleks-za-integrirani-sotsialni-uslugi-za-detsa-i-semeystva/'])(
    '%s has none, as its organizations take no donations',
    (project) => {
      expect(readPage(project).doc.querySelector('aside#podkrepete, aside a[href^="/darete/"]')).toBeNull();
    },
  );

  it('the header links to „Дарете“ on every page', () => {
    expect(readPage('/novini/').doc.querySelector('header a[href="/darete/"]')).not.toBeNull();
  });
});
