import { describe, expect, it } from 'vitest';
import { slugify, transliterate } from '../../src/lib/transliteration';

describe('transliteration by the Bulgarian Transliteration Act', () => {
  it('writes the letters the act names', () => {
    expect(transliterate('жцчшщъюяйх')).toBe('zhtschshshtayuyayh');
    expect(transliterate('Щастие')).toBe('Shtastie');
    expect(transliterate('Юрий Жеков')).toBe('Yuriy Zhekov');
  });

  it('writes a word-final „ия“ as "ia", and „ия“ elsewhere as "iya"', () => {
    expect(transliterate('София')).toBe('Sofia');
    expect(transliterate('България')).toBe('Balgaria'); // ъ is a; the act's exceptions for set names are not slugs' concern
    expect(transliterate('Мария и Илия')).toBe('Maria i Ilia');
    expect(transliterate('Мариян')).toBe('Mariyan');
    expect(transliterate('ИСТОРИЯ')).toBe('ISTORIA');
  });

  it('makes URL slugs from Bulgarian titles', () => {
    expect(slugify('Община Хасково')).toBe('obshtina-haskovo');
    expect(slugify('Фондация „За Нашите Деца“')).toBe('fondatsia-za-nashite-detsa');
    expect(slugify('Бъдеще за всяко дете')).toBe('badeshte-za-vsyako-dete');
    expect(slugify('Инициатива за развитие – за нашите деца 2019')).toBe('initsiativa-za-razvitie-za-nashite-detsa-2019');
  });
});
