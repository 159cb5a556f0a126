import { describe, expect, it } from 'vitest';
import { Session } from '../src/engine/session.ts';
import type { Transcript } from '../src/engine/transcript.ts';
import { verify } from '../src/engine/verify.ts';
import { fixture, tickingClock } from './support/scenarios.ts';
import { SimulatedClock } from 'xstate';

const scenario = fixture('tiny-counter.yaml');

function played(): Transcript {
  const clock = new SimulatedClock();
  const s = Session.start(scenario, { seed: 11, learner: 'Priya', now: tickingClock(), clock });
  const pick = (t: string) => s.choose(s.view().options.find((o) => o.text.startsWith(t))!.choice);
  pick('Yes?');
  pick("That's not my department.");
  // Patience is now 0 → storms off. Play a longer one instead for richer edits.
  const s2 = Session.start(scenario, { seed: 11, learner: 'Priya', now: tickingClock(), clock });
  const pick2 = (t: string) => s2.choose(s2.view().options.find((o) => o.text.startsWith(t))!.choice);
  pick2('Sorry to keep you');
  pick2("That's not my department.");
  pick2("I'll fetch my manager.");
  clock.increment(30_000);
  return JSON.parse(JSON.stringify(s2.transcript())) as Transcript;
}

describe('verify', () => {
  it('accepts an unedited transcript, including a timer that fired', () => {
    const t = played();
    expect(t.turns.map((x) => x.action.kind)).toEqual(['choice', 'choice', 'choice', 'timeout']);
    expect(verify(t, scenario)).toEqual({ ok: true, turns: 4 });
  });

  const edits: [string, (t: Transcript) => void, RegExp][] = [
    ['a choice', (t) => ((t.turns[1]!.action as { choice: number }).choice = 0), /turn 2|cannot be taken/],
    ['a choice text', (t) => ((t.turns[0]!.action as { text: string }).text = 'Good morning!'), /turn 1 differs .* action\.text/],
    ['an evidence verdict', (t) => (t.turns[1]!.evidence[0]!.met = true), /turn 2 differs .* evidence\.0\.met/],
    ['a why', (t) => (t.turns[0]!.evidence[0]!.why = 'Excellent.'), /evidence\.0\.why/],
    ['a meter value', (t) => (t.turns[2]!.metersAfter.mood = 99), /turn 3 differs .* metersAfter\.mood/],
    ['the customer line', (t) => (t.turns[0]!.line.text = 'Hello there.'), /line\.text/],
    ['the score', (t) => (t.rollUp.percent = 100), /rollUp\.percent/],
    ['a criterion status', (t) => (t.rollUp.criteria[0]!.status = 'not-observed'), /rollUp\.criteria/],
    ['a removed turn', (t) => void t.turns.splice(1, 1), /turn 2|cannot be taken/],
    ['reordered turns', (t) => void t.turns.reverse(), /out of order|turn 1|cannot be taken/],
    ['an added turn', (t) => void t.turns.push({ ...structuredClone(t.turns[0]!), at: t.endedAt! }), /ended before/],
    ['the outcome', (t) => (t.outcome = 'resolved'), /outcome/],
    ['the seed', (t) => (t.seed = 12), /differs|seed/],
    ['the scenario hash', (t) => (t.scenario.hash = '0'.repeat(64)), /not the version/],
    ['the engine version', (t) => (t.engineVersion = '0.0.1'), /engine 0\.0\.1/],
    ['a timestamp moved before the start', (t) => (t.turns[0]!.at = '2020-01-01T00:00:00.000Z'), /times are out of order/],
    ['a timer turn time', (t) => (t.turns[3]!.at = t.turns[2]!.at), /turn 4 differs .* at/],
  ];

  it.each(edits)('detects an edited %s', (_name, edit, reason) => {
    const t = played();
    edit(t);
    const v = verify(t, scenario);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reason).toMatch(reason);
  });

  it('refuses something that is not a transcript', () => {
    expect(verify({} as Transcript, scenario)).toMatchObject({ ok: false, reason: expect.stringMatching(/not a Rapport transcript/) });
    expect(verify({ ...played(), scenario: { id: 'nope' } } as Transcript, scenario)).toMatchObject({ ok: false, reason: expect.stringMatching(/for scenario "nope"/) });
  });
});
