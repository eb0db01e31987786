import { describe, expect, it } from 'vitest';
import { inTenseOf, pastTense } from '../../src/lib/tense';

const STATEMENT =
  'Проектът се осъществява с финансовата подкрепа на Оперативна програма „Развитие на човешките ресурси“ 2014-2020, съфинансирана от Европейския съюз чрез Европейския социален фонд.';

describe('tense of the set sentences', () => {
  it('puts the funding statement and a funder credit in the past', () => {
    expect(pastTense(STATEMENT)).toBe(STATEMENT.replace('се осъществява', 'беше осъществен'));
    expect(pastTense('Проектът се изпълнява с подкрепата на The Human Safety Net.')).toBe('Проектът беше изпълнен с подкрепата на The Human Safety Net.');
  });
  it('changes only a completed project, and leaves sentences without a present verb alone', () => {
    expect(inTenseOf('completed', STATEMENT)).toContain('беше осъществен');
    for (const status of ['ongoing', 'planned', 'unknown'] as const) expect(inTenseOf(status, STATEMENT)).toBe(STATEMENT);
    const plus = 'Финансиран от Програма „Развитие на човешките ресурси“ 2021-2027, съфинансирана от Европейския съюз чрез Европейския социален фонд+.';
    expect(inTenseOf('completed', plus)).toBe(plus);
  });
});
