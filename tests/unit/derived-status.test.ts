import { describe, expect, it } from 'vitest';
import { deriveStatus } from '../../src/lib/period';
import { buildProjectView, type Lookups, type ProgrammeSummary } from '../../src/lib/project-view';
import { projectSchema } from '../../src/schemas/project';
import { strings } from '../../src/i18n';

const ui = strings('bg');

// Seed 000: only a duration („26 месеца“, extended to 42), no dates, a 2014-2020 programme.
const durationOnly = { months: 26, extensions: [{ months: 42 }] };

describe('status from the programme period (Regulation 1303/2013, Art. 65(2))', () => {
  it('a 2014-2020 project without telling dates has ended after 31.12.2023, and says why', () => {
    expect(deriveStatus(durationOnly, ['2014-2020'], '2024-01-01')).toEqual({
      status: 'completed',
      reason: { kind: 'programme-period-ended', period: '2014-2020', latestEnd: '2023-12-31' },
    });
    expect(deriveStatus(undefined, ['2014-2020'], '2026-11-24').status).toBe('completed');
  });

  it('up to and on 31.12.2023 the status stays unknown', () => {
    expect(deriveStatus(durationOnly, ['2014-2020'], '2023-12-31')).toEqual({ status: 'unknown' });
    expect(deriveStatus(undefined, ['2014-2020'], '2022-08-11')).toEqual({ status: 'unknown' });
  });

  it('a 2021-2027 or a private project is not affected', () => {
    expect(deriveStatus(undefined, ['2021-2027'], '2030-01-01')).toEqual({ status: 'unknown' });
    expect(deriveStatus(undefined, ['none'], '2030-01-01')).toEqual({ status: 'unknown' });
    expect(deriveStatus(undefined, [], '2030-01-01')).toEqual({ status: 'unknown' });
  });

  it('a project whose own dates tell the status keeps it, with no reason', () => {
    expect(deriveStatus({ start: '2019-09-15', end: '2020-12-31' }, ['2014-2020'], '2026-11-24')).toEqual({ status: 'completed' });
    expect(deriveStatus({ start: '2022-01-01', end: '2023-06-30' }, ['2014-2020'], '2023-03-01')).toEqual({ status: 'ongoing' });
  });

  it('several sources: derived only when every one is a 2014-2020 programme', () => {
    expect(deriveStatus(undefined, ['2014-2020', '2014-2020'], '2024-01-01').status).toBe('completed');
    expect(deriveStatus(undefined, ['2014-2020', '2021-2027'], '2024-01-01')).toEqual({ status: 'unknown' });
    expect(deriveStatus(undefined, ['2014-2020', 'none'], '2024-01-01')).toEqual({ status: 'unknown' });
  });
});

describe('the project view exposes the derived status with its reason, and the dates apart', () => {
  const programmes: Record<string, ProgrammeSummary> = {
    op: { id: 'op', name: 'ОП „Развитие на човешките ресурси“ 2014-2020', period: '2014-2020', fund: 'ESF' },
  };
  const lookups: Lookups = { organization: (id) => ({ id, name: id }), programme: (id) => programmes[id]! };
  const data = projectSchema.parse({
    title: 'Проект',
    summary: 'Кратко.',
    lead: 'org',
    checked: '2026-11-23',
    source: { publisher: 'Община Хасково', title: 'Страница', date: '2022-08-11', dateKind: 'changed' },
    funding: [{ programme: 'op' }],
    period: durationOnly,
  });

  it('shows „приключил“ with the reason after the end of eligibility', () => {
    const view = buildProjectView('p', data, lookups, '2026-11-24');
    expect(view.status).toBe('completed');
    expect(ui.statusWithReason(ui.status[view.status], view.statusReason)).toBe(
      'приключил (най-късно 31.12.2023\u00a0г., краят на допустимите разходи за 2014–2020)',
    );
    expect(view.checked).toBe('2026-11-23');
    expect(view.source?.date).toBe('2022-08-11');
  });

  it('shows the plain status when it comes from nothing derived', () => {
    const view = buildProjectView('p', data, lookups, '2023-06-01');
    expect(view.statusReason).toBeUndefined();
    expect(ui.statusWithReason(ui.status[view.status], view.statusReason)).toBe(ui.status.unknown);
  });
});
