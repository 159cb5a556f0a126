/**
 * Properties of every bundled scenario under random play (fast-check picks the
 * moves): the conversation always ends, meters stay in bounds, the score is a
 * percentage, and the transcript verifies by replay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Session } from '../src/engine/session.ts';
import { verify } from '../src/engine/verify.ts';
import { ScenarioSpace } from '../src/scenario/paths.ts';
import { playMoves } from '../src/cli/simulate.ts';
import { bundled, tickingClock } from './support/scenarios.ts';

const MAX_TURNS = 200;

describe.each(bundled())('$file', ({ scenario }) => {
  it('random walks end, keep meters in bounds, score 0–100% and verify', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.array(fc.nat(), { minLength: MAX_TURNS, maxLength: MAX_TURNS }), (seed, picks) => {
        const s = Session.start(scenario, { seed, now: tickingClock() });
        for (let t = 0; t < MAX_TURNS && !s.ended; t++) {
          const { options, timer } = s.view();
          const k = picks[t]! % (options.length + (timer ? 1 : 0));
          if (k < options.length) s.choose(options[k]!.choice);
          else s.wait();
          for (const [name, value] of Object.entries(s.view().meters)) {
            const m = scenario.meters[name]!;
            expect(value).toBeGreaterThanOrEqual(m.min);
            expect(value).toBeLessThanOrEqual(m.max);
          }
        }
        expect(s.ended).toBe(true);
        const t = s.transcript();
        expect(t.rollUp.percent).toBeGreaterThanOrEqual(0);
        expect(t.rollUp.percent).toBeLessThanOrEqual(100);
        expect(verify(JSON.parse(JSON.stringify(t)), scenario)).toMatchObject({ ok: true });
        s.stop();
      }),
      { numRuns: 60 },
    );
  });

  it('the best path scores full marks and the worst path scores lower', () => {
    const space = new ScenarioSpace(scenario);
    const best = space.bestPath();
    if (typeof best === 'string') throw new Error(`no best path: ${best}`);
    const b = playMoves(scenario, best.moves);
    expect(b.ended).toBe(true);
    expect(b.transcript().rollUp.percent).toBe(100);
    const w = playMoves(scenario, space.worstPath());
    expect(w.ended).toBe(true);
    expect(w.transcript().rollUp.percent).toBeLessThan(50);
  });
});
