import { describe, expect, it } from 'vitest';
import { verify } from '../engine/verify.ts';
import { NotAnAssessmentError, readReview, reviewedRecord, reviewedRecordJson } from './reviewedRecord.ts';
import type { Review } from './reviewTypes.ts';
import { bank, bankBest, bankPractice } from '../../test/support/reviewRecords.ts';

describe('reviewed record', () => {
  const t = bankBest();
  const [a, b] = t.rollUp.criteria.map((c) => c.code);
  const review: Review = {
    judgements: { [b!]: { verdict: 'override', status: 'not-demonstrated', reason: 'Rushed.' }, [a!]: { verdict: 'agree' } },
    comments: [{ turn: 1, text: 'Good.' }, { text: 'Overall fine.' }],
    signedBy: 'P. Shah',
    signedAt: '2026-03-20',
  };

  it('keeps the transcript exactly as it was, beside the review, so it still verifies', () => {
    const text = reviewedRecordJson(t, review);
    const back = JSON.parse(text);
    expect(back.format).toBe('rapport-reviewed/1');
    expect(JSON.stringify(back.transcript)).toBe(JSON.stringify(t));
    expect(verify(back.transcript, bank)).toEqual({ ok: true, turns: t.turns.length });
    expect(Object.keys(back.review.judgements)).toEqual([a, b].sort());
    expect(readReview(back.review)).toEqual(review);
  });

  it('writes "not signed" as nulls', () => {
    const r = reviewedRecord(t, { judgements: {}, comments: [] });
    expect([r.review.signedBy, r.review.signedAt]).toEqual([null, null]);
    expect(readReview(JSON.parse(JSON.stringify(r.review)))).toEqual({ judgements: {}, comments: [] });
  });

  it('will not export a practice transcript as an assessment record', () => {
    expect(() => reviewedRecordJson(bankPractice(), review)).toThrow(NotAnAssessmentError);
  });

  it('reads back only well-formed judgements and comments', () => {
    expect(readReview(null)).toBeNull();
    expect(readReview({ judgements: [], comments: [] })).toBeNull();
    const r = readReview({
      judgements: { x: { verdict: 'agree' }, y: { verdict: 'override', status: 'demonstrated', reason: ' ' }, z: { verdict: 'override', status: 'great', reason: 'r' }, w: 'agree' },
      comments: [{ text: 'ok', turn: 2 }, { turn: 1 }, 'text', { text: 'plain' }],
      signedBy: 'A',
    });
    expect(r).toEqual({ judgements: { x: { verdict: 'agree' } }, comments: [{ turn: 2, text: 'ok' }, { text: 'plain' }] });
  });
});
