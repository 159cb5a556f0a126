/**
 * Saves hold the moves taken, and a restore replays them through the
 * machine's own turn function: the restored session must be the saved one in
 * every observable respect, and a save that does not fit the scenario is
 * refused with a reason rather than misread.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Session, SaveError, type SavedSession } from '../src/engine/session.ts';
import { verify } from '../src/engine/verify.ts';
import { SAVE_SCHEMA_VERSION } from '../src/engine/version.ts';
import { bundled, fixture, tickingClock } from './support/scenarios.ts';

const scenario = fixture('tiny-counter.yaml');
const byText = (s: Session, text: string) => {
  const o = s.view().options.find((x) => x.text.startsWith(text));
  if (!o) throw new Error(`no option "${text}" at ${s.nodeId}`);
  return s.choose(o.choice);
};
const roundTrip = (s: Session): SavedSession => JSON.parse(JSON.stringify(s.save())) as SavedSession;
type Persisted = { status: string; value: string; context: { moves: unknown[]; seed: number; mode: string; startedAt: string } };
const play = (saved: SavedSession) => saved.snapshot as Persisted;

describe('save and restore', () => {
  it('keeps a timer turn: the restored history, view and transcript are the saved ones', () => {
    const s = Session.start(scenario, { seed: 3, now: tickingClock(), learner: 'Ana' });
    byText(s, 'Sorry to keep you');
    byText(s, "I'll fetch my manager.");
    s.wait();
    expect(s.ended).toBe(true);
    const r = Session.restore(scenario, roundTrip(s));
    expect(r.history).toEqual(s.history);
    expect(r.view()).toEqual(s.view());
    expect(r.ended).toBe(true);
    expect(r.transcript()).toEqual(s.transcript());
    expect(verify(JSON.parse(JSON.stringify(r.transcript())), scenario)).toEqual({ ok: true, turns: 3 });
  });

  it('saves the moves, not the history', () => {
    const s = Session.start(scenario, { seed: 3, now: tickingClock() });
    byText(s, 'Yes?');
    byText(s, "That's not my department.");
    const saved = roundTrip(s);
    expect(saved.schemaVersion).toBe(SAVE_SCHEMA_VERSION);
    expect(play(saved).context.moves).toEqual(s.history.map((t) => [(t.action as { choice: number }).choice, t.at]));
    expect(play(saved).value).toBe(s.nodeId);
    expect([play(saved).status, s.ended]).toEqual(['done', true]);
  });

  it('plays on from a restore exactly as the saved session would', () => {
    for (const { scenario: sc } of bundled()) {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), fc.nat({ max: 20 }), (seed, picks, saveAt) => {
          const pickFrom = (x: Session, k: number) => {
            const { options, timer } = x.view();
            const i = picks[k]! % (options.length + (timer ? 1 : 0));
            if (i < options.length) x.choose(options[i]!.choice);
            else x.wait();
          };
          // One fixed clock for both: choice times then follow from the timers alone, the same on both sides.
          const now = () => new Date(Date.UTC(2026, 0, 1));
          const a = Session.start(sc, { seed, now });
          let k = 0;
          for (; k < saveAt && !a.ended; k++) pickFrom(a, k);
          const b = Session.restore(sc, roundTrip(a), { now });
          expect(b.view()).toEqual(a.view());
          for (; k < picks.length && !a.ended; k++) {
            pickFrom(a, k);
            pickFrom(b, k);
          }
          expect(b.history).toEqual(a.history);
          expect(b.view()).toEqual(a.view());
          a.stop();
          b.stop();
        }),
        { numRuns: 15 },
      );
    }
  });

  it('refuses a save whose moves do not fit the scenario, saying why', () => {
    const s = Session.start(scenario, { seed: 3, now: tickingClock() });
    byText(s, 'Yes?');
    const saved = roundTrip(s);
    const edit = (f: (p: Persisted) => void) => {
      const copy = roundTrip(s);
      f(play(copy));
      return copy;
    };
    // "I'll fetch my manager." (option 2 at "problem") needs mood >= 60; after "Yes?" mood is 30.
    expect(() => Session.restore(scenario, edit((p) => p.context.moves.push([2, '2026-11-23T09:00:09.000Z'])))).toThrow(/turn 2 takes option 2, which is not on offer at "problem"/);
    expect(() => Session.restore(scenario, edit((p) => p.context.moves.push('wait')))).toThrow(/turn 2 waits for a timer there is not at "problem"/);
    expect(() => Session.restore(scenario, edit((p) => (p.value = 'fixed')))).toThrow(/its moves lead to "problem", not "fixed"/);
    expect(() => Session.restore(scenario, edit((p) => (p.status = 'done')))).toThrow(/damaged: it says the conversation has ended/);
    expect(() => Session.restore(scenario, edit((p) => p.context.moves.push(['x', 1])))).toThrow(/damaged/);
    expect(() => Session.restore(scenario, { ...saved, snapshot: { status: 'active', value: 'problem', context: {} } })).toThrow(SaveError);
    expect(() => Session.restore(scenario, { ...saved, schemaVersion: 1 })).toThrow(/format 1, expected 3/);
    expect(Session.restore(scenario, saved).view()).toEqual(s.view());
  });

  it("is XState's persisted snapshot: the actor's own getPersistedSnapshot, restored through createActor", () => {
    const s = Session.start(scenario, { seed: 3, now: tickingClock() });
    byText(s, 'Yes?');
    const snapshot = play(roundTrip(s));
    expect(Object.keys(snapshot).sort()).toEqual(['children', 'context', 'historyValue', 'status', 'value']);
    expect(snapshot.context).toEqual({ mode: 'practice', seed: 3, startedAt: s.startedAt, moves: [[s.history[0]!.action.kind === 'choice' ? s.history[0]!.action.choice : -1, s.history[0]!.at]] });
  });

  it('still reads a format 2 save (context and resting node side by side), so a learner mid-conversation keeps it', () => {
    const s = Session.start(scenario, { seed: 3, now: tickingClock() });
    byText(s, 'Yes?');
    const now = play(roundTrip(s));
    const format2 = { ...roundTrip(s), schemaVersion: 2, snapshot: { ...now.context, node: now.value } };
    const r = Session.restore(scenario, format2);
    expect(r.history).toEqual(s.history);
    expect(r.view()).toEqual(s.view());
    expect(() => Session.restore(scenario, { ...format2, snapshot: { ...format2.snapshot, node: 'fixed' } })).toThrow(/lead to "problem", not "fixed"/);
  });

  it('keeps the mode and seed, which decide what a replay offers', () => {
    const s = Session.start(scenario, { mode: 'assessment', learner: 'Dana Reid', seed: 11 });
    byText(s, 'Sorry to keep you');
    const r = Session.restore(scenario, roundTrip(s));
    expect([r.mode, r.seed, r.startedAt, r.learner]).toEqual([s.mode, s.seed, s.startedAt, s.learner]);
    expect(r.view().options).toEqual(s.view().options);
  });
});
