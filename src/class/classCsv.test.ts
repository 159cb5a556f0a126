import { describe, expect, it } from 'vitest';
import { criteriaCited } from '../engine/scoring.ts';
import { bank, bankBest, bankPractice, billWorst, bill } from '../../test/support/reviewRecords.ts';
import { classFigures } from './classFigures.ts';
import { choicesCsv, criteriaCsv, learnersCsv } from './classCsv.ts';
import { learnerKey, type Counted } from './countedAttempts.ts';

const attempt = (source: string, t: ReturnType<typeof bankBest>): Counted => ({ source, transcript: t, scenario: t.scenario.id === bank.id ? bank : bill, learner: learnerKey(t.learner, source) });
const figures = classFigures(
  [attempt('a', bankBest()), attempt('b', { ...billWorst(), learner: '=HYPERLINK("x")' }), attempt('c', { ...bankPractice(), learner: '' })],
  [bank, bill].map((s) => ({ id: s.id, title: s.title, criteria: criteriaCited(s) })),
);
const lines = (csv: string) => csv.trimEnd().split('\r\n');

describe('the class CSV files', () => {
  it('has one learner per row, a name that could run as a formula kept as text, and an unnamed attempt by its file', () => {
    const rows = lines(learnersCsv(figures));
    expect(rows[0]).toBe('learner,attempts,assessments,passed,scenarios,criteria_shown,criteria_not_yet_shown,next_practice');
    expect(rows).toHaveLength(4);
    expect(rows.some((r) => r.startsWith(`"'=HYPERLINK(""x"")",1,1,0,`))).toBe(true);
    expect(rows.some((r) => r.startsWith('(c),1,0,0,'))).toBe(true);
  });

  it('has a row per scenario and criterion with the share of the class, and one per way on at each node', () => {
    const rows = lines(criteriaCsv(figures));
    expect(rows).toHaveLength(1 + criteriaCited(bank).size + criteriaCited(bill).size);
    // One learner assessed on the bank scenario, at full marks: every criterion it showed is at 100%.
    const bankShown = bankBest().rollUp.criteria.filter((c) => c.status === 'demonstrated').map((c) => c.code);
    for (const code of bankShown) expect(rows).toContainEqual(expect.stringMatching(new RegExp(`^${bank.id},[^,]*,${code},.*,1,1,100,no$`)));
    const choices = lines(choicesCsv(figures));
    const ways = Object.values(bank.nodes).reduce((n, node) => n + node.choices.length + (node.after ? 1 : 0), 0) + Object.values(bill.nodes).reduce((n, node) => n + node.choices.length + (node.after ? 1 : 0), 0);
    expect(choices).toHaveLength(1 + ways);
  });
});
