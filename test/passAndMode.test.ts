import { describe, expect, it } from 'vitest';
import { Session } from '../src/engine/session.ts';
import { verify } from '../src/engine/verify.ts';
import { checkScenarioText } from '../src/scenario/check.ts';
import { bundled, fixtureText, loadChecked, tickingClock } from './support/scenarios.ts';

const base = fixtureText('tiny-counter.yaml');
const withPass = (pass: string) => base.replace('start: greet', `${pass}\nstart: greet`);
const pick = (s: Session, t: string) => s.choose(s.view().options.find((o) => o.text.startsWith(t))!.choice);

describe('pass rules', () => {
  const scenario = loadChecked(withPass('pass: { critical: [c4.1.1], mark: 60 }'), 'tiny-counter.yaml');

  it('passes when the mark is reached and every critical criterion is demonstrated', () => {
    const s = Session.start(scenario, { seed: 1, now: tickingClock() });
    pick(s, 'Sorry to keep you');
    pick(s, 'Let me put that right');
    expect(s.transcript().pass).toEqual({ passed: true, mark: 60, percent: 100, missedCritical: [] });
  });

  it('says "not yet" and names the critical criterion missed, even above the mark', () => {
    const s = Session.start(scenario, { seed: 1, now: tickingClock() });
    pick(s, 'Sorry to keep you');
    pick(s, "I'll fetch my manager.");
    pick(s, 'Thank you for waiting');
    const t = s.transcript();
    expect(t.rollUp.percent).toBe(100);
    expect(t.pass).toEqual({ passed: false, mark: 60, percent: 100, missedCritical: ['c4.1.1'] });
  });

  it('fails below the mark', () => {
    const s = Session.start(scenario, { seed: 1, now: tickingClock() });
    pick(s, 'Yes?');
    pick(s, 'Let me put that right');
    expect(s.transcript().pass).toMatchObject({ passed: false, percent: 33.3, missedCritical: [] });
  });

  it('defaults to a mark of 70 with no critical criteria', () => {
    expect(loadChecked(base, 'tiny-counter.yaml').pass).toEqual({ critical: [], mark: 70 });
  });

  it('is rejected by the checker when no path can meet it', () => {
    // c4.1.1 is only met on the route that skips the manager; a10.1.2 can be met too, but a10.1.1 is never cited.
    const text = withPass('pass: { critical: [a10.1.1] }');
    const p = checkScenarioText(text, 'tiny-counter.yaml').problems.map((x) => x.message);
    expect(p).toContain('no path can meet the pass rule: no full-marks path demonstrates the critical criterion a10.1.1');
  });
});

describe('practice and assessment modes', () => {
  const scenario = loadChecked(base, 'tiny-counter.yaml');

  it('records the mode in the transcript and verify checks it', () => {
    const s = Session.start(scenario, { mode: 'assessment', learner: 'Dana Reid', seed: 4, now: tickingClock() });
    pick(s, 'Sorry to keep you');
    pick(s, 'Let me put that right');
    const t = JSON.parse(JSON.stringify(s.transcript()));
    expect(t.mode).toBe('assessment');
    expect(verify(t, scenario)).toEqual({ ok: true, turns: 2 });
    expect(verify({ ...t, learner: '' }, scenario)).toMatchObject({ ok: false, field: 'learner' });
    expect(verify({ ...t, mode: 'exam' }, scenario)).toMatchObject({ ok: false, field: 'mode' });
  });

  it('needs the learner named for an assessment and forbids stepping back', () => {
    expect(() => Session.start(scenario, { mode: 'assessment' })).toThrow(/learner's name/);
    const s = Session.start(scenario, { mode: 'assessment', learner: 'Dana Reid', seed: 4 });
    pick(s, 'Yes?');
    expect(() => s.stepBack(1)).toThrow(/not allowed in an assessment/);
  });

  it('keeps the mode through save and restore', () => {
    const s = Session.start(scenario, { mode: 'assessment', learner: 'Dana Reid', seed: 4 });
    pick(s, 'Yes?');
    const r = Session.restore(scenario, JSON.parse(JSON.stringify(s.save())));
    expect(r.mode).toBe('assessment');
    expect(() => r.stepBack(1)).toThrow();
  });

  it('never lets a practice transcript pass as an assessment record: relabelled, it no longer verifies', () => {
    for (const { file, scenario: sc } of bundled()) {
      for (const seed of [1, 2, 3]) {
        const s = Session.start(sc, { mode: 'practice', learner: 'Dana Reid', seed, now: tickingClock() });
        // The first option in authored order each turn: a whole conversation, good and poor choices alike.
        while (!s.ended) s.choose(Math.min(...s.view().options.map((o) => o.choice)));
        const t = JSON.parse(JSON.stringify(s.transcript()));
        expect(verify(t, sc), `${file} seed ${seed}`).toEqual({ ok: true, turns: t.turns.length });
        const relabelled = verify({ ...t, mode: 'assessment' }, sc);
        expect(relabelled.ok, `${file} seed ${seed}`).toBe(false);
        expect(relabelled, `${file} seed ${seed}`).toMatchObject({ field: expect.stringMatching(/^offered/) });
      }
    }
  });
});
