import { describe, expect, it } from 'vitest';
import { strings } from '../../src/i18n';
import { FUNDING_NOT_STATED, STATUS_SLUGS } from '../../src/lib/groupings';
import { groupLabel } from '../../src/views/group-label';

const en = strings('en');
const bg = strings('bg');

describe('a group’s name on a page', () => {
  it('words statuses and „funding not stated“ in the page’s language', () => {
    expect(groupLabel(en, 'status', { slug: STATUS_SLUGS.completed, label: bg.statusGroup.completed })).toEqual({ text: en.statusGroup.completed, lang: 'en' });
    expect(groupLabel(en, 'programme', { slug: FUNDING_NOT_STATED, label: bg.groupings.fundingNotStated })).toEqual({
      text: en.groupings.fundingNotStated,
      lang: 'en',
    });
    expect(groupLabel(bg, 'status', { slug: STATUS_SLUGS.ongoing, label: bg.statusGroup.ongoing })).toEqual({ text: bg.statusGroup.ongoing, lang: 'bg' });
  });

  it('keeps the Bulgarian names of places, programmes and organizations, marked as Bulgarian', () => {
    expect(groupLabel(en, 'municipality', { slug: 'haskovo', label: 'Хасково' })).toEqual({ text: 'Хасково', lang: 'bg' });
    expect(groupLabel(en, 'organization', { slug: FUNDING_NOT_STATED, label: 'Сдружение' })).toEqual({ text: 'Сдружение', lang: 'bg' });
  });
});
