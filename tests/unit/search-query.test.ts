import { describe, expect, it } from 'vitest';
import { matchesQuery, normalizeQuery, stemBg } from '../../src/lib/search-query';

describe('Bulgarian query stems', () => {
  it('meet the singular and the plural with its article', () => {
    expect(stemBg('градина')).toBe(stemBg('градините'));
    expect(stemBg('детска')).toBe(stemBg('детските'));
    expect(stemBg('община')).toBe(stemBg('общината'));
    expect(stemBg('интервенция')).toBe(stemBg('интервенции'));
  });

  it('leave short words, codes and Latin names whole', () => {
    expect(stemBg('дом')).toBe('дом');
    expect(stemBg('bg05m9op001-2.004-0049')).toBe('bg05m9op001-2.004-0049');
    expect(stemBg('human')).toBe('human');
  });

  it('drop prepositions and quotes from a query', () => {
    expect(normalizeQuery('Детските градини в Хасково')).toBe('детск градин хасков');
    expect(normalizeQuery('„Сигурен старт“')).toBe('сигурен старт');
    expect(normalizeQuery('за')).toBe('за');
  });
});

describe('a genuine match', () => {
  const text = 'Община Хасково, договор BG05M9OP001-2.004-0049: услуги в детската градина.';

  it('needs every query word at the start of a word of the page', () => {
    expect(matchesQuery(text, normalizeQuery('детските градини'))).toBe(true);
    expect(matchesQuery(text, normalizeQuery('Хасково'))).toBe(true);
    expect(matchesQuery(text, normalizeQuery('BG05M9OP001-2.004-0049'))).toBe(true);
    expect(matchesQuery(text, normalizeQuery('0049'))).toBe(true);
  });

  it('is not a page that merely has a short word the query starts with', () => {
    expect(matchesQuery(text, normalizeQuery('Варна'))).toBe(false);
    expect(matchesQuery(text, normalizeQuery('градина Бургас'))).toBe(false);
  });
});
