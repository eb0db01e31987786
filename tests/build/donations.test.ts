import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, requireDist, textOf } from '../helpers/dist';

beforeAll(requireDist);

// The seeds: 001 and 004 (Фондация „За Нашите Деца“) and 002 (partner Община Казанлък) take donations.
const donorPages = ['/darete/fondatsia-za-nashite-detsa/', '/darete/obshtina-kazanlak/'];

describe('the donation pages', () => {
  it('list every organization that takes donations on „Дарете“', () => {
    const links = readPage('/darete/')
      .doc.querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
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

  it('show one-off and monthly giving side by side', () => {
    const text = textOf(readPage('/darete/fondatsia-za-nashite-detsa/').doc.querySelector('main'));
    expect(text).toContain('Еднократно дарение');
    expect(text).toContain('Месечно дарение');
    expect(text).toContain('Ре:дарител');
  });

  it('state tax relief only with its condition: not for a foundation whose public-benefit status is unknown', () => {
    const text = textOf(readPage('/darete/fondatsia-za-nashite-detsa/').doc.querySelector('main'));
    expect(text).toContain('Дали Фондация „За Нашите Деца“ е регистрирана в обществена полза, не е посочено');
    expect(text).not.toContain('до 5 %');
    expect(text).not.toContain('до 10 %');
  });

  it('state for a municipality only the confirmed individual relief (чл. 22 ЗДДФЛ)', () => {
    const text = textOf(readPage('/darete/obshtina-kazanlak/').doc.querySelector('main'));
    expect(text).toContain('до 5 % от нея (чл. 22 ЗДДФЛ)');
    expect(text).not.toContain('чл. 31 ЗКПО');
  });

  it.each(['/darete/fondatsia-za-nashite-detsa/', '/darete/obshtina-kazanlak/'])(
    '%s promises no contract or certificate its content does not state',
    (page) => {
      expect(textOf(readPage(page).doc.querySelector('main'))).not.toMatch(/договор за дарение|удостоверение/);
    },
  );
});

describe('calls to give on project pages', () => {
  it.each([
    ['/proekti/holistichna-podkrepa-za-ranno-detsko-razvitie/', '/darete/fondatsia-za-nashite-detsa/', 'Фондация „За Нашите Деца“ приема дарения'],
    ['/proekti/badeshte-za-vsyako-dete/', '/darete/obshtina-kazanlak/', 'Община Казанлък приема дарения'],
  ])('%s only links to %s: no content ties donations to the project', (project, donate, words) => {
    const { doc } = readPage(project);
    expect(textOf(doc.querySelector(`a[href="${donate}"]`))).toBe(words);
    expect(textOf(doc.querySelector('main'))).not.toContain('за този проект');
    expect(doc.querySelector('aside#darenia-za-proekta')).toBeNull();
  });

  it.each([
    '/proekti/initsiativa-za-razvitie-i-sotsialno-vklyuchvane/',
    '/proekti/shans-za-nashite-detsa/',
    '/proekti/kompleks-za-integrirani-sotsialni-uslugi-za-detsa-i-semeystva/',
  ])('%s, which has ended, has no call to give', (project) => {
    expect(readPage(project).doc.querySelector('article a[href^="/darete/"]')).toBeNull();
  });

  it('the header links to „Дарете“ on every page', () => {
    expect(readPage('/novini/').doc.querySelector('header a[href="/darete/"]')).not.toBeNull();
  });
});
