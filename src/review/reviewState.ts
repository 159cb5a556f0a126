/**
 * The assessor's decisions as pure functions from one Review to the next. The
 * transcript is only read: judgements, comments and sign-off live in the
 * Review, so the record the learner's session produced is never altered and
 * still verifies by replay after review.
 */
import type { Transcript } from '../engine/transcript.ts';
import type { CriterionStatus } from '../engine/types.ts';
import type { Judgement, Review, ReviewComment } from '../export/reviewTypes.ts';

export type ReviewProblem =
  | { code: 'unknown-criterion'; criterion: string }
  | { code: 'reason-required'; criterion: string }
  | { code: 'same-as-record'; criterion: string }
  | { code: 'empty-comment' }
  | { code: 'unknown-turn'; turn: number }
  | { code: 'not-verified' }
  /** A practice transcript is never an assessment record: it cannot be judged or signed off. */
  | { code: 'practice' }
  | { code: 'name-required' }
  | { code: 'date-invalid' }
  | { code: 'unjudged'; criteria: string[] };

export type ReviewResult = { ok: true; review: Review } | { ok: false; problem: ReviewProblem };

export function emptyReview(): Review {
  return { judgements: {}, comments: [] };
}

/** Any change after sign-off withdraws the signature: a signature covers exactly what was signed. */
function unsigned(review: Review): Review {
  const { signedBy: _by, signedAt: _at, ...rest } = review;
  return rest;
}

const recordedStatus = (t: Transcript, code: string): CriterionStatus | undefined => t.rollUp.criteria.find((c) => c.code === code)?.status;

export function judge(review: Review, t: Transcript, criterion: string, judgement: Judgement): ReviewResult {
  if (t.mode !== 'assessment') return { ok: false, problem: { code: 'practice' } };
  const recorded = recordedStatus(t, criterion);
  if (!recorded) return { ok: false, problem: { code: 'unknown-criterion', criterion } };
  let kept: Judgement = { verdict: 'agree' };
  if (judgement.verdict === 'override') {
    const reason = judgement.reason.trim();
    if (!reason) return { ok: false, problem: { code: 'reason-required', criterion } };
    if (judgement.status === recorded) return { ok: false, problem: { code: 'same-as-record', criterion } };
    kept = { verdict: 'override', status: judgement.status, reason };
  }
  return { ok: true, review: { ...unsigned(review), judgements: { ...review.judgements, [criterion]: kept } } };
}

export function clearJudgement(review: Review, criterion: string): Review {
  const { [criterion]: _gone, ...judgements } = review.judgements;
  return { ...unsigned(review), judgements };
}

export function addComment(review: Review, t: Transcript, text: string, turn?: number): ReviewResult {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, problem: { code: 'empty-comment' } };
  if (turn !== undefined && !t.turns.some((x) => x.index === turn)) return { ok: false, problem: { code: 'unknown-turn', turn } };
  const comment: ReviewComment = turn === undefined ? { text: trimmed } : { turn, text: trimmed };
  return { ok: true, review: { ...unsigned(review), comments: [...review.comments, comment] } };
}

export function removeComment(review: Review, index: number): Review {
  return { ...unsigned(review), comments: review.comments.filter((_, i) => i !== index) };
}

/** Criteria of the transcript still waiting for a judgement. */
export function unjudged(review: Review, t: Transcript): string[] {
  return t.rollUp.criteria.map((c) => c.code).filter((code) => !review.judgements[code]);
}

const isCalendarDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** Sign-off needs a verified assessment transcript, every criterion judged, a name and a real date. */
export function signOff(review: Review, t: Transcript, verified: boolean, name: string, date: string): ReviewResult {
  if (t.mode !== 'assessment') return { ok: false, problem: { code: 'practice' } };
  if (!verified) return { ok: false, problem: { code: 'not-verified' } };
  const missing = unjudged(review, t);
  if (missing.length > 0) return { ok: false, problem: { code: 'unjudged', criteria: missing } };
  if (!name.trim()) return { ok: false, problem: { code: 'name-required' } };
  if (!isCalendarDate(date)) return { ok: false, problem: { code: 'date-invalid' } };
  return { ok: true, review: { ...review, signedBy: name.trim(), signedAt: date } };
}

/** The status the assessor stands behind: their override, else what the transcript recorded. */
export function assessedStatus(review: Review | undefined, t: Transcript, criterion: string): CriterionStatus | undefined {
  const j = review?.judgements[criterion];
  return j?.verdict === 'override' ? j.status : recordedStatus(t, criterion);
}
