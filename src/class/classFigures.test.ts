import { describe, expect, it } from 'vitest';
import { bestMoves, play, playRandom, seededPick, worstMoves } from '../../test/support/play.ts';
import { loadScenarioFile } from '../../test/support/scenarios.ts';
import { criteriaCited } from '../engine/scoring.ts';
import type { Transcript } from '../engine/transcript.ts';
import { classFigures } from './classFigures.ts';
import { learnerKey, type Counted } from './countedAttempts.ts';
import { suggest, type PracticeScenario } from './nextPractice.ts';

const bank = loadScenarioFile('scenarios/bank-queue-disruption.yaml');
const bill = loadScenarioFile('scenarios/phone-angry-energy-bill.yaml');
const library: PracticeScenario[] = [bank, bill].map((s) => ({ id: s.id, title: s.title, criteria: criteriaCited(s) }));
const counted = (source: string, transcript: Transcript): Counted => ({ source, transcript, scenario: transcript.scenario.id === bank.id ? bank : bill, learner: learnerKey(transcript.learner, source) });

describe('the class figures', () => {
  const ana = play(bank, bestMoves(bank), { learner: 'Ana Silva' });
  const ben = play(bank, worstMoves(bank), { learner: 'Ben Jones', start: Date.UTC(2026, 2, 10) });
  const benAgain = play(bank, bestMoves(bank), { learner: '  ben  JONES ', start: Date.UTC(2026, 2, 11) });
  const cat = play(bank, worstMoves(bank), { learner: 'Cat Wu', mode: 'practice' });
  const randoms = [1, 2, 3].map((n) => playRandom(bill, seededPick(n), { learner: `Learner ${n}`, start: Date.UTC(2026, 2, 12, n) }));
  const all = [counted('ana', ana), counted('ben', ben), counted('ben2', benAgain), counted('cat', cat), ...randoms.map((t, i) => counted(`r${i}`, t))];
  const f = classFigures(all, library);
  const bankFigures = f.scenarios.find((s) => s.id === bank.id)!;

  it('counts learners, not attempts, and knows a name however it was typed', () => {
    expect(f.attempts).toBe(7);
    expect(f.learners).toBe(6);
    expect(bankFigures.learners).toBe(3);
    expect(bankFigures.assessed).toBe(2);
  });

  it('counts the learners who took each option at each node, practice included', () => {
    const first = ana.turns[0]!;
    const took = bankFigures.took.get(first.nodeId)!;
    const expected = new Map<number | 'timeout', Set<string>>();
    for (const [who, t] of [['a', ana], ['b', ben], ['b', benAgain], ['c', cat]] as const) {
      for (const turn of t.turns.filter((x) => x.nodeId === first.nodeId)) {
        const k = turn.action.kind === 'choice' ? turn.action.choice : 'timeout';
        expected.set(k, (expected.get(k) ?? new Set()).add(who));
      }
    }
    expect(new Map([...took].map(([k, n]) => [k, n]))).toEqual(new Map([...expected].map(([k, s]) => [k, s.size])));
    expect(bankFigures.reached.get(first.nodeId)).toBe(3);
    const endings = new Map<string, Set<string>>();
    for (const [who, t] of [['a', ana], ['b', ben], ['b', benAgain], ['c', cat]] as const) endings.set(t.turns.at(-1)!.to, (endings.get(t.turns.at(-1)!.to) ?? new Set()).add(who));
    expect(bankFigures.ended).toEqual(new Map([...endings].map(([k, v]) => [k, v.size])));
  });

  it('gives each criterion the share of assessed learners who demonstrated it, and names the weakest', () => {
    for (const c of bankFigures.criteria) {
      const shownByAna = ana.rollUp.criteria.some((r) => r.code === c.code && r.status === 'demonstrated');
      const shownByBen = [ben, benAgain].some((t) => t.rollUp.criteria.some((r) => r.code === c.code && r.status === 'demonstrated'));
      expect(c.demonstrated, c.code).toBe(Number(shownByAna) + Number(shownByBen));
      expect(c.share).toBeCloseTo(c.demonstrated / 2);
    }
    expect(bankFigures.weakest.length).toBeGreaterThan(0);
    const lowest = Math.min(...bankFigures.criteria.map((c) => c.share));
    expect(bankFigures.weakest[0]!.share).toBe(lowest);
    expect(bankFigures.weakest.every((c) => c.share < 1)).toBe(true);
  });

  it('gives one row per learner in each scenario, with their best assessed score', () => {
    const benRow = bankFigures.rows.find((r) => r.learner === learnerKey('Ben Jones', ''))!;
    expect(benRow).toMatchObject({ assessments: 2, practice: 0, bestPercent: Math.max(ben.rollUp.percent, benAgain.rollUp.percent) });
    expect(bankFigures.rows.find((r) => r.name === 'Cat Wu')).toMatchObject({ practice: 1, assessments: 0, demonstrated: 0 });
  });

  it("suggests each learner the scenarios that assess what they have not yet shown, and nothing practice alone shows", () => {
    const catRow = f.learnerRows.find((r) => r.name === 'Cat Wu')!;
    expect(catRow.shown).toEqual([]);
    // Cat has shown nothing in an assessment, so every criterion the class's scenarios assess is still to show.
    expect(new Set(catRow.notYet)).toEqual(new Set([...criteriaCited(bank), ...criteriaCited(bill)]));
    expect(catRow.next.map((s) => s.id).sort()).toEqual([bank.id, bill.id].sort());
    const anaRow = f.learnerRows.find((r) => r.name === 'Ana Silva')!;
    for (const s of anaRow.next) for (const c of s.covers) expect(anaRow.shown).not.toContain(c);
  });

  it('ranks suggestions by how much of the gap they cover, then a scenario not yet assessed', () => {
    const lib: PracticeScenario[] = [
      { id: 'a', title: 'A', criteria: new Set(['X1', 'X2']) },
      { id: 'b', title: 'B', criteria: new Set(['X1', 'X2', 'X3']) },
      { id: 'c', title: 'C', criteria: new Set(['X1', 'X2']) },
      { id: 'd', title: 'D', criteria: new Set(['Y1']) },
    ];
    expect(suggest(new Set(['X1', 'X2', 'X3']), lib, new Set(['a'])).map((s) => s.id)).toEqual(['b', 'c', 'a']);
    expect(suggest(new Set(['Z9']), lib, new Set())).toEqual([]);
  });
});
