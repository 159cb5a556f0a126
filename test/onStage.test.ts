import { describe, expect, it } from 'vitest';
import { onStageAfter } from '../src/engine/onStage.ts';
import { Session } from '../src/engine/session.ts';
import { conditionsFor } from '../src/scenario/conditionCache.ts';
import { fixture, tickingClock } from './support/scenarios.ts';

const scenario = fixture('present-people.yaml');
const say = (s: Session, text: string) => {
  const o = s.view().options.find((x) => x.text === text);
  if (!o) throw new Error(`no option "${text}" at ${s.nodeId}`);
  s.choose(o.choice);
};

describe("the view's place and people present", () => {
  it('starts with the start node\'s people', () => {
    expect(Session.start(scenario, { seed: 1 }).view().present).toEqual(['queue', 'ali']);
  });

  it('keeps them at a node that says nothing, and clears them where a node gives []', () => {
    const s = Session.start(scenario, { seed: 1, now: tickingClock() });
    say(s, 'Sorry for the wait. How can I help?');
    expect(s.view().nodeId).toBe('listening');
    expect(s.view().present).toEqual(['queue', 'ali']);
    say(s, "Let's sort that out here.");
    expect(s.view().present).toEqual([]);
  });

  it('counts a node passed by an automatic route: the manager arrives on the way', () => {
    const s = Session.start(scenario, { seed: 1, now: tickingClock() });
    say(s, "I'll get my manager.");
    expect(s.view().nodeId).toBe('manager-here');
    expect(s.view().present).toEqual(['queue', 'ali', 'meg']);
  });

  it('is derived again after a step back and a restore', () => {
    const s = Session.start(scenario, { seed: 1, now: tickingClock() });
    say(s, 'Sorry for the wait. How can I help?');
    say(s, 'Let me ask my manager.');
    say(s, 'Thank you for coming over.');
    expect(s.view().present).toEqual([]);
    const back = s.stepBack(1);
    expect(back.view().nodeId).toBe('manager-here');
    expect(back.view().present).toEqual(['queue', 'ali', 'meg']);
    const restored = Session.restore(scenario, back.save());
    expect(restored.view().present).toEqual(['queue', 'ali', 'meg']);
    expect(Session.restore(scenario, s.save()).view().present).toEqual([]);
  });

  it('is read from the history it is given, even when that history reuses turns of another (each turn is worked out once)', () => {
    const s = Session.start(scenario, { seed: 1, now: tickingClock() });
    say(s, 'Sorry for the wait. How can I help?');
    say(s, 'Let me ask my manager.');
    say(s, 'Thank you for coming over.');
    const [first, second, third] = s.history;
    const conds = conditionsFor(scenario);
    expect(onStageAfter(scenario, conds, [first!, second!, third!]).present).toEqual([]);
    expect(onStageAfter(scenario, conds, [first!, second!]).present).toEqual(['queue', 'ali', 'meg']);
    // The manager's turn on its own, without the turn that led to it: worked out from its own path, not remembered.
    expect(onStageAfter(scenario, conds, [second!]).present).toEqual(['queue', 'ali', 'meg']);
    expect(onStageAfter(scenario, conds, [third!]).present).toEqual([]);
    expect(onStageAfter(scenario, conds, []).present).toEqual(['queue', 'ali']);
  });

  it('moves to a node\'s place and stays there until another node names one, routes included, and back on a step back', () => {
    const s = Session.start(scenario, { seed: 1, now: tickingClock() });
    expect(s.view().place).toBe('bank-branch');
    say(s, 'Sorry for the wait. How can I help?');
    expect(s.view().place).toBe('bank-branch');
    say(s, 'Let me ask my manager.');
    // Passed through "fetch" (the back office) by its route, resting at "manager-here", which names no place.
    expect(s.view().nodeId).toBe('manager-here');
    expect(s.view().place).toBe('back-office');
    say(s, 'Thank you for coming over.');
    expect(s.view().place).toBe('back-office');
    expect(s.stepBack(2).view().place).toBe('bank-branch');
    expect(Session.restore(scenario, s.save()).view().place).toBe('back-office');
  });

  it('leaves out ids the scenario does not name (the checker reports them)', () => {
    const odd = { ...scenario, nodes: { ...scenario.nodes, counter: { ...scenario.nodes.counter!, present: ['queue', 'nobody', 'queue'] } } };
    expect(Session.start(odd, { seed: 1 }).view().present).toEqual(['queue']);
  });
});
