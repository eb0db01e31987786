import { describe, expect, it } from 'vitest';
import { cyrillicReadings, isLatinWord } from '../../src/lib/latin-bg';
import { matchesQuery, normalizeQuery, pagefindQueries, searchStems, stemBg } from '../../src/lib/search-query';

/** Whether two forms meet: the stem of one starts the stem of the other (Pagefind matches prefixes). */
const meet = (a: string, b: string) => stemBg(b).startsWith(stemBg(a)) || stemBg(a).startsWith(stemBg(b));

describe('the Bulgarian stemmer', () => {
  it('meets the singular and the plural with its article', () => {
    for (const [a, b] of [
      ['градина', 'градините'],
      ['детска', 'детските'],
      ['община', 'общината'],
      ['интервенция', 'интервенции'],
      ['семейството', 'семейства'],
      ['деца', 'децата'],
    ] as const) {
      expect(meet(a, b), `${a} / ${b}`).toBe(true);
    }
  });

  it('meets forms that alternate a vowel inside the stem', () => {
    expect(stemBg('ранен')).toBe(stemBg('ранни'));
    expect(stemBg('ранен')).toBe(stemBg('ранните'));
    expect(stemBg('брак')).toBe(stemBg('бракове'));
    expect(stemBg('кратък')).toBe(stemBg('кратки'));
    expect(stemBg('общностен')).toBe(stemBg('общностни'));
  });

  it('cuts short words to three letters, never fewer', () => {
    expect(stemBg('къща')).toBe(stemBg('къщи'));
    expect(stemBg('къща')).toBe(stemBg('къщите'));
    expect(stemBg('дари')).toBe(stemBg('дарете'));
    expect(stemBg('ден')).toBe('ден');
    expect(stemBg('дни')).toBe('дни');
    expect(stemBg('дом')).toBe('дом');
  });

  it('does not throw on the words the @orama/stemmers port fails on', () => {
    for (const w of ['центъра', 'дарения', 'ученици']) expect(() => stemBg(w)).not.toThrow();
    expect(stemBg('ученици')).toBe('ученик');
  });

  it('leaves codes and Latin names whole', () => {
    expect(stemBg('bg05m9op001-2.004-0049')).toBe('bg05m9op001-2.004-0049');
    expect(stemBg('human')).toBe('human');
  });
});

describe('the query', () => {
  it('drops prepositions, quotes and one- or two-letter words', () => {
    expect(normalizeQuery('Детските градини в Хасково')).toBe('детск градин хасков');
    expect(normalizeQuery('„Сигурен старт“')).toBe('сигурн старт');
    expect(normalizeQuery('Ре:дарител')).toBe('дарител');
    expect(normalizeQuery('за')).toBe('за');
  });

  it('replaces words from the synonym table, compared by stem', () => {
    const groups = [
      { words: ['дари', 'дарение'], search: 'дарете' },
      { words: ['сметка'], search: 'IBAN' },
    ];
    expect(normalizeQuery('как да даря', groups)).toBe(stemBg('дарете'));
    expect(normalizeQuery('сметките', groups)).toBe('iban');
    expect(normalizeQuery('Хасково', groups)).toBe('хасков');
  });

  it('asks Pagefind for the word as typed first and for the shared part when a vowel alternates', () => {
    expect(pagefindQueries('Казанлък')).toEqual(['казанлък', 'казанл']);
    expect(pagefindQueries('ранен брак')).toEqual(['ранен брак', 'ран брак']);
    expect(pagefindQueries('детските градини')).toEqual(['детск градин']);
  });
});

describe('a genuine match', () => {
  const text = 'Община Хасково, договор BG05M9OP001-2.004-0049: услуги в детската градина; превенция на ранните бракове.';

  it('needs every query word at the start of a word of the page or of its stem', () => {
    expect(matchesQuery(text, normalizeQuery('детските градини'))).toBe(true);
    expect(matchesQuery(text, normalizeQuery('Хасково'))).toBe(true);
    expect(matchesQuery(text, normalizeQuery('BG05M9OP001-2.004-0049'))).toBe(true);
    expect(matchesQuery(text, normalizeQuery('0049'))).toBe(true);
    expect(matchesQuery(text, normalizeQuery('ранен брак'))).toBe(true);
  });

  it('is not a page that merely has a short word the query starts with', () => {
    expect(matchesQuery(text, normalizeQuery('Варна'))).toBe(false);
    expect(matchesQuery(text, normalizeQuery('градина Бургас'))).toBe(false);
    expect(matchesQuery('Регионален център', normalizeQuery('ре'))).toBe(false);
    expect(matchesQuery('Ре: дарител', normalizeQuery('ре'))).toBe(true);
  });
});

describe('the stems the index gets', () => {
  it('are only those no prefix of the word reaches, once each', () => {
    expect(searchStems('Ранен брак, ранен старт и кратък ден в Казанлък; къщите')).toEqual(['ранн', 'кратк', 'казанлк']);
  });
});

describe('Latin typing', () => {
  it('reads official and informal spellings back as Cyrillic, the usual reading first', () => {
    expect(cyrillicReadings('haskovo')[0]).toBe('хасково');
    expect(cyrillicReadings('kazanlak')).toContain('казанлък');
    expect(cyrillicReadings('perushtitsa')[0]).toBe('перущица');
    expect(cyrillicReadings('sofia')[0]).toBe('софия');
    expect(cyrillicReadings('uvrejdane')[0]).toBe('увреждане');
    expect(cyrillicReadings('ob6tina')[0]).toBe('община');
    expect(cyrillicReadings('4ast')[0]).toBe('част');
    expect(cyrillicReadings('wazrast')).toContain('възраст');
    expect(cyrillicReadings('kazanlak').length).toBeLessThanOrEqual(8);
  });

  it('takes only words of Latin letters (with 4 or 6), not codes', () => {
    expect(isLatinWord('haskovo')).toBe(true);
    expect(isLatinWord('ob6tina')).toBe(true);
    expect(isLatinWord('0049')).toBe(false);
    expect(isLatinWord('bg05m9op001')).toBe(false);
    expect(isLatinWord('хасково')).toBe(false);
  });
});
