import { describe, expect, it } from 'vitest';
import type { Transcript } from '../engine/transcript.ts';
import { addComment, assessedStatus, clearJudgement, emptyReview, judge, removeComment, signOff, unjudged } from './reviewState.ts';
import type { Review } from '../export/reviewTypes.ts';
import { bankBest, bankPractice } from '../../test/support/reviewRecords.ts';

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

const ok = (r: ReturnType<typeof judge>): Review => {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.problem)}`);
  return r.review;
};

function judgedAll(t: Transcript): Review {
  return t.rollUp.criteria.reduce((r, c) => ok(judge(r, t, c.code, { verdict: 'agree' })), emptyReview());
}

describe('review state', () => {
  // Frozen: any attempt to write to the learner's transcript would throw.
  const t = deepFreeze(bankBest());
  const [first, second] = t.rollUp.criteria;

  it('records agreement and overrides beside the transcript, never in it', () => {
    const before = JSON.stringify(t);
    let r = ok(judge(emptyReview(), t, first!.code, { verdict: 'agree' }));
    r = ok(judge(r, t, second!.code, { verdict: 'override', status: 'not-demonstrated', reason: '  Too abrupt.  ' }));
    expect(r.judgements).toEqual({ [first!.code]: { verdict: 'agree' }, [second!.code]: { verdict: 'override', status: 'not-demonstrated', reason: 'Too abrupt.' } });
    expect(JSON.stringify(t)).toBe(before);
    expect(assessedStatus(r, t, second!.code)).toBe('not-demonstrated');
    expect(assessedStatus(r, t, first!.code)).toBe(first!.status);
    expect(unjudged(r, t)).toHaveLength(t.rollUp.criteria.length - 2);
    expect(unjudged(clearJudgement(r, first!.code), t)).toContain(first!.code);
  });

  it('needs a reason for an override, a different status, and a criterion the transcript has', () => {
    expect(judge(emptyReview(), t, first!.code, { verdict: 'override', status: 'not-demonstrated', reason: '   ' })).toEqual({ ok: false, problem: { code: 'reason-required', criterion: first!.code } });
    expect(judge(emptyReview(), t, first!.code, { verdict: 'override', status: first!.status, reason: 'x' })).toEqual({ ok: false, problem: { code: 'same-as-record', criterion: first!.code } });
    expect(judge(emptyReview(), t, 'c8.9.9', { verdict: 'agree' })).toEqual({ ok: false, problem: { code: 'unknown-criterion', criterion: 'c8.9.9' } });
  });

  it('refuses to judge or sign off a practice transcript', () => {
    const p = bankPractice();
    expect(judge(emptyReview(), p, p.rollUp.criteria[0]!.code, { verdict: 'agree' })).toEqual({ ok: false, problem: { code: 'practice' } });
    expect(signOff(judgedAll(t), p, true, 'P. Shah', '2026-03-20')).toEqual({ ok: false, problem: { code: 'practice' } });
  });

  it('takes comments on the whole conversation or on a turn that exists', () => {
    let r = ok(addComment(emptyReview(), t, ' Calm throughout. '));
    r = ok(addComment(r, t, 'Good opening.', 0));
    expect(r.comments).toEqual([{ text: 'Calm throughout.' }, { turn: 0, text: 'Good opening.' }]);
    expect(addComment(r, t, '  ')).toEqual({ ok: false, problem: { code: 'empty-comment' } });
    expect(addComment(r, t, 'x', t.turns.length)).toEqual({ ok: false, problem: { code: 'unknown-turn', turn: t.turns.length } });
    expect(removeComment(r, 0).comments).toEqual([{ turn: 0, text: 'Good opening.' }]);
  });

  it('signs off only a verified transcript with every criterion judged, a name and a real date', () => {
    const all = judgedAll(t);
    expect(signOff(all, t, false, 'P. Shah', '2026-03-20')).toEqual({ ok: false, problem: { code: 'not-verified' } });
    expect(signOff(emptyReview(), t, true, 'P. Shah', '2026-03-20')).toEqual({ ok: false, problem: { code: 'unjudged', criteria: t.rollUp.criteria.map((c) => c.code) } });
    expect(signOff(all, t, true, '  ', '2026-03-20')).toEqual({ ok: false, problem: { code: 'name-required' } });
    expect(signOff(all, t, true, 'P. Shah', '2026-02-30')).toEqual({ ok: false, problem: { code: 'date-invalid' } });
    expect(signOff(all, t, true, 'P. Shah', '20/03/2026')).toEqual({ ok: false, problem: { code: 'date-invalid' } });
    const signed = ok(signOff(all, t, true, ' P. Shah ', '2026-03-20'));
    expect([signed.signedBy, signed.signedAt]).toEqual(['P. Shah', '2026-03-20']);
  });

  it('withdraws the signature on any later change', () => {
    const signed = ok(signOff(judgedAll(t), t, true, 'P. Shah', '2026-03-20'));
    const changes = [
      ok(judge(signed, t, first!.code, { verdict: 'override', status: 'not-demonstrated', reason: 'On reflection.' })),
      ok(addComment(signed, t, 'Later note.')),
      clearJudgement(signed, first!.code),
      removeComment(signed, 0),
    ];
    for (const r of changes) expect([r.signedBy, r.signedAt]).toEqual([undefined, undefined]);
  });
});
