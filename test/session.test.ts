import { SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import { Session, SaveError } from '../src/engine/session.ts';
import { fixture, tickingClock } from './support/scenarios.ts';

const scenario = fixture('tiny-counter.yaml');
const byText = (s: Session, text: string) => {
  const o = s.view().options.find((x) => x.text.startsWith(text));
  if (!o) throw new Error(`no option "${text}" at ${s.nodeId}`);
  return s.choose(o.choice);
};

describe('Session', () => {
  it('starts at the start node with the customer line and the open options', () => {
    const s = Session.start(scenario, { seed: 7 });
    const v = s.view();
    expect(v.nodeId).toBe('greet');
    expect(v.line.text).toBe("Excuse me, I've been waiting ages.");
    expect(v.options.map((o) => o.choice).sort()).toEqual([0, 1]);
    expect(v.meters).toEqual({ mood: 50, patience: 40 });
    expect(v.notes).toBe('First impressions.');
  });

  it('applies effects within bounds and records the turn with its evidence', () => {
    const s = Session.start(scenario, { seed: 7, now: tickingClock() });
    const turn = byText(s, 'Sorry to keep you');
    expect(turn.metersBefore).toEqual({ mood: 50, patience: 40 });
    expect(turn.metersAfter).toEqual({ mood: 70, patience: 50 });
    expect(turn.evidence).toEqual([{ criterion: 'a10.1.2', met: true, weight: 1, why: 'Acknowledges the wait and offers help.' }]);
    expect(s.view().line.text).toBe("My order is wrong, I'm afraid.");
    // The manager option opens only with mood >= 60.
    expect(s.view().options.some((o) => o.text === "I'll fetch my manager.")).toBe(true);
  });

  it('varies the line with mood and follows automatic routes on meters', () => {
    const s = Session.start(scenario, { seed: 1 });
    byText(s, 'Yes?');
    expect(s.view().line.text).toBe('Forget the small talk. My order is wrong.');
    expect(s.view().options.some((o) => o.text === "I'll fetch my manager.")).toBe(false);
    byText(s, "That's not my department.");
    // patience 40 -20 -15 = 5: the route sends the customer away.
    expect(s.view().ended).toEqual({ outcome: 'customer-left' });
    expect(s.history.at(-1)!.to).toBe('storms-off');
    expect(s.history.at(-1)!.metersAfter.patience).toBe(5);
  });

  it('refuses an option that is not on offer', () => {
    const s = Session.start(scenario, { seed: 1 });
    byText(s, 'Yes?');
    expect(() => s.choose(2)).toThrow(/not on offer/);
    expect(s.history).toHaveLength(1);
  });

  it('shuffles option order by seed, reproducibly', () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const a = Session.start(scenario, { seed }).view().options.map((o) => o.choice).join();
      const b = Session.start(scenario, { seed }).view().options.map((o) => o.choice).join();
      expect(a).toBe(b);
      orders.add(a);
    }
    expect(orders.size).toBe(2);
  });

  it('fires a timer when the customer is left waiting', () => {
    const clock = new SimulatedClock();
    const s = Session.start(scenario, { seed: 3, clock, now: tickingClock() });
    byText(s, 'Sorry to keep you');
    byText(s, "I'll fetch my manager.");
    expect(s.view().timer).toEqual({ seconds: 30 });
    const seen: string[] = [];
    s.subscribe((v) => seen.push(v.nodeId));
    clock.increment(29_000);
    expect(s.nodeId).toBe('manager');
    clock.increment(1_000);
    expect(s.nodeId).toBe('storms-off');
    expect(seen).toContain('storms-off');
    const last = s.history.at(-1)!;
    expect(last.action).toEqual({ kind: 'timeout', seconds: 30 });
    expect(Date.parse(last.at) - Date.parse(s.history[1]!.at)).toBe(30_000);
  });

  it('saves and restores at the same turn with the same history', () => {
    const s = Session.start(scenario, { seed: 5, learner: 'Ana', now: tickingClock() });
    byText(s, 'Yes?');
    const saved = JSON.parse(JSON.stringify(s.save()));
    const r = Session.restore(scenario, saved);
    expect(r.view()).toEqual(s.view());
    expect(r.history).toEqual(s.history);
    expect(r.learner).toBe('Ana');
    byText(r, 'Let me put that right');
    expect(r.view().ended?.outcome).toBe('resolved');
  });

  it('refuses a save from another format, scenario or version', () => {
    const s = Session.start(scenario, { seed: 5 });
    const saved = s.save();
    expect(() => Session.restore(scenario, { ...saved, schemaVersion: 99 })).toThrow(SaveError);
    expect(() => Session.restore(scenario, { ...saved, scenarioId: 'other' })).toThrow(/for "other"/);
    expect(() => Session.restore(scenario, { ...saved, scenarioHash: 'x' })).toThrow(/has changed/);
  });

  it('steps back to take another branch, keeping the same seed', () => {
    const s = Session.start(scenario, { seed: 9, now: tickingClock() });
    byText(s, 'Yes?');
    byText(s, "That's not my department.");
    const back = s.stepBack(1);
    expect(back.history).toEqual(s.history.slice(0, 1));
    expect(back.nodeId).toBe('problem');
    byText(back, 'Let me put that right');
    expect(back.view().ended?.outcome).toBe('resolved');
  });

  it('builds a transcript with the roll-up', () => {
    const s = Session.start(scenario, { seed: 2, learner: 'Jo', now: tickingClock() });
    byText(s, 'Yes?');
    byText(s, 'Let me put that right');
    const t = s.transcript();
    expect(t.scenario.id).toBe('tiny-counter');
    expect(t.scenario.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(t.outcome).toBe('resolved');
    expect(t.turns).toHaveLength(2);
    // a10.1.2 failed with weight 2, c4.1.1 met with weight 1 → 1/3.
    expect(t.rollUp.percent).toBe(33.3);
    expect(t.rollUp.criteria.find((c) => c.code === 'a10.1.2')).toMatchObject({ status: 'not-demonstrated', turns: [0] });
    expect(t.rollUp.criteria.find((c) => c.code === 'c4.1.1')).toMatchObject({ status: 'demonstrated', turns: [1] });
    expect(t.rollUp.units.map((u) => u.code)).toEqual(['A10', 'C4']);
  });
});
