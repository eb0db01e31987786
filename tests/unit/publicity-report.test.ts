import { describe, expect, it } from 'vitest';
import { groupForReport, tallyByRule, UNCHECKABLE } from '../../src/lib/publicity-report';
import type { ObligationResult, Outcome } from '../../src/lib/publicity';

const result = (id: string, outcome: Outcome): ObligationResult =>
  ({ id, outcome, title: `правило ${id}`, cites: '', basis: 'eu-law', how: '', onMiss: 'fail', detail: '' }) as ObligationResult;

const results: Record<string, ObligationResult[]> = {
  a: [result('aims', 'pass'), result('emblem', 'browser'), result('contract', 'warn')],
  b: [result('aims', 'fail'), result('emblem', 'browser')],
  c: [result('aims', 'pass'), result('emblem', 'browser')],
};
const programmes: Record<string, string[]> = { a: ['op-1'], b: ['op-1', 'op-2', 'op-2'], c: ['op-2'] };

describe('the publicity report summary', () => {
  it('counts each rule’s outcomes over all projects, in the order the rules first appear', () => {
    expect(tallyByRule(Object.values(results))).toEqual([
      { id: 'aims', title: 'правило aims', counts: { pass: 2, warn: 0, fail: 1, browser: 0 } },
      { id: 'emblem', title: 'правило emblem', counts: { pass: 0, warn: 0, fail: 0, browser: 3 } },
      { id: 'contract', title: 'правило contract', counts: { pass: 0, warn: 1, fail: 0, browser: 0 } },
    ]);
  });

  it('groups projects by programme (a project under two programmes in both, once each), in programme order, with the worst outcome counted', () => {
    const projects = ['a', 'b', 'c'].map((id) => ({ id }));
    const groups = groupForReport(
      projects,
      [{ id: 'u' }],
      ['op-2', 'op-1', 'op-empty'],
      (p) => programmes[p.id]!,
      (id) => results[id] ?? [],
    );
    expect(groups.map((g) => [g.slug, g.projects.map((p) => p.id)])).toEqual([
      ['op-2', ['b', 'c']],
      ['op-1', ['a', 'b']],
      [UNCHECKABLE, ['u']],
    ]);
    expect(groups[0]!.worst).toEqual({ pass: 1, warn: 0, fail: 1 });
    expect(groups[1]!.worst).toEqual({ pass: 0, warn: 1, fail: 1 });
  });

  it('leaves out the group of uncheckable projects when there is none', () => {
    expect(
      groupForReport(
        [{ id: 'a' }],
        [],
        ['op-1'],
        () => ['op-1'],
        () => [],
      ).map((g) => g.slug),
    ).toEqual(['op-1']);
  });
});
