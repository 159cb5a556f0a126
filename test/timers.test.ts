import { SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import { Session } from '../src/engine/session.ts';
import { verify } from '../src/engine/verify.ts';
import type { TimerArrangement } from '../src/engine/timers.ts';
import { fixture, loadScenarioFile, tickingClock } from './support/scenarios.ts';

const scenario = fixture('tiny-counter.yaml');
const byText = (s: Session, text: string) => {
  const o = s.view().options.find((x) => x.text.startsWith(text));
  if (!o) throw new Error(`no option "${text}" at ${s.nodeId}`);
  return s.choose(o.choice);
};

/** A session at the manager node, where the customer storms off 30 seconds after speaking. */
function atTheTimer(timers?: TimerArrangement, clock = new SimulatedClock()) {
  const s = Session.start(scenario, { seed: 3, clock, now: tickingClock(), learner: 'Ana', ...(timers ? { timers } : {}) });
  byText(s, 'Sorry to keep you');
  byText(s, "I'll fetch my manager.");
  return { s, clock };
}

describe('timer arrangements (WCAG 2.2.1)', () => {
  it('extends a timer by the factor, firing and timing the turn at seconds × factor', () => {
    const { s, clock } = atTheTimer({ mode: 'extended', factor: 5 });
    expect(s.view().timer).toEqual({ seconds: 150 });
    clock.increment(149_000);
    expect(s.nodeId).toBe('manager');
    clock.increment(1_000);
    expect(s.nodeId).toBe('storms-off');
    const last = s.history.at(-1)!;
    expect(last.action).toEqual({ kind: 'timeout', seconds: 150 });
    expect(Date.parse(last.at) - Date.parse(s.history[1]!.at)).toBe(150_000);
    expect(s.transcript().access).toEqual({ timers: 'extended', factor: 5 });
  });

  it('never fires a timer that is off, though the view still says one is there', () => {
    const { s, clock } = atTheTimer({ mode: 'off' });
    expect(s.view().timer).toEqual({ seconds: 30, stopped: 'timers-off' });
    clock.increment(24 * 3600_000);
    expect(s.nodeId).toBe('manager');
    expect(s.transcript().access).toEqual({ timers: 'off' });
  });

  it('records nothing for standard timers, so older transcripts read the same', () => {
    const { s } = atTheTimer({ mode: 'standard' });
    expect(s.transcript()).not.toHaveProperty('access');
    expect(s.view().timer).toEqual({ seconds: 30 });
  });

  it('refuses an extension it could not honour', () => {
    for (const factor of [1, 0.5, 101, Number.NaN]) expect(() => Session.start(scenario, { timers: { mode: 'extended', factor } })).toThrow(/extended/);
  });

  it('keeps the arrangement through save and restore, and a restored timer turn is timed by it', () => {
    const { s, clock } = atTheTimer({ mode: 'extended', factor: 2 });
    clock.increment(60_000);
    const saved = JSON.parse(JSON.stringify(s.save()));
    const r = Session.restore(scenario, saved);
    expect(r.access).toEqual({ timers: 'extended', factor: 2 });
    expect(r.history).toEqual(s.history);
    expect(r.history.at(-1)!.action).toEqual({ kind: 'timeout', seconds: 60 });
  });

  it('verifies an extended transcript, and fails one whose arrangement was edited', () => {
    const { s, clock } = atTheTimer({ mode: 'extended', factor: 10 });
    clock.increment(300_000);
    const transcript = JSON.parse(JSON.stringify(s.transcript()));
    expect(verify(transcript, scenario)).toEqual({ ok: true, turns: 3 });

    for (const access of [undefined, { timers: 'extended', factor: 2 }, { timers: 'off' }]) {
      const edited = structuredClone(transcript);
      if (access) edited.access = access;
      else delete edited.access;
      const result = verify(edited, scenario);
      expect(result.ok, JSON.stringify(access)).toBe(false);
    }
    expect(verify({ ...transcript, access: { timers: 'extended', factor: 'ten' } }, scenario)).toMatchObject({ ok: false, field: 'access' });
  });

  it('fails a standard transcript that claims timers were off', () => {
    const { s, clock } = atTheTimer();
    clock.increment(30_000);
    const transcript = JSON.parse(JSON.stringify(s.transcript()));
    expect(verify(transcript, scenario).ok).toBe(true);
    expect(verify({ ...transcript, access: { timers: 'off' } }, scenario).ok).toBe(false);
  });

  it('steps back under the same arrangement', () => {
    const { s } = atTheTimer({ mode: 'off' });
    const back = s.stepBack(1);
    expect(back.access).toEqual({ timers: 'off' });
    back.stop();
  });

  it('never runs a written channel\'s timer on the clock: leaving it unanswered is the learner\'s act, timed in story time', () => {
    const email = loadScenarioFile('scenarios/complaint-written-bin-collections.yaml');
    const clock = new SimulatedClock();
    const s = Session.start(email, { clock, now: tickingClock(), timers: { mode: 'extended', factor: 10 } });
    expect(s.view().timer).toEqual({ seconds: 120, stopped: 'written' });
    clock.increment(24 * 3600_000);
    expect(s.history).toHaveLength(0);
    const turn = s.wait();
    expect(turn.action).toEqual({ kind: 'timeout', seconds: 120 });
    expect(Date.parse(turn.at) - Date.parse(s.startedAt)).toBe(120_000);
    expect(verify(JSON.parse(JSON.stringify(s.transcript())), email).ok).toBe(true);
  });
});
