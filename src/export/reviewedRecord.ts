/**
 * The file an assessor hands on: `{ transcript, review }`. The transcript is
 * written exactly as it was opened (same keys, same order, same values), so
 * anyone can verify it by replay again; the review sits beside it.
 */
import type { Transcript } from '../engine/transcript.ts';
import type { CriterionStatus } from '../engine/types.ts';
import type { Judgement, Review, ReviewComment } from './reviewTypes.ts';

export const REVIEWED_FORMAT = 'rapport-reviewed/1';

export interface ReviewedRecord {
  format: typeof REVIEWED_FORMAT;
  transcript: Transcript;
  review: { judgements: Record<string, Judgement>; comments: ReviewComment[]; signedBy: string | null; signedAt: string | null };
}

/** Thrown when a practice transcript is about to leave the page as an assessment record. */
export class NotAnAssessmentError extends Error {
  constructor() {
    super('a practice transcript cannot be exported as an assessment record');
    this.name = 'NotAnAssessmentError';
  }
}

export function reviewedRecord(transcript: Transcript, review: Review): ReviewedRecord {
  if (transcript.mode !== 'assessment') throw new NotAnAssessmentError();
  return {
    format: REVIEWED_FORMAT,
    transcript,
    review: {
      judgements: Object.fromEntries(Object.keys(review.judgements).sort().map((k) => [k, review.judgements[k]!])),
      comments: review.comments,
      // Explicit nulls so a reader sees "not signed" rather than a missing field.
      signedBy: review.signedBy ?? null,
      signedAt: review.signedAt ?? null,
    },
  };
}

export function reviewedRecordJson(transcript: Transcript, review: Review): string {
  return `${JSON.stringify(reviewedRecord(transcript, review), null, 2)}\n`;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const STATUSES = ['demonstrated', 'not-demonstrated', 'not-observed'];

/** Reads the review part of a reviewed record back, keeping only well-formed entries; null if there is none. */
export function readReview(value: unknown): Review | null {
  if (!isObj(value) || !isObj(value.judgements) || !Array.isArray(value.comments)) return null;
  const judgements: Record<string, Judgement> = {};
  for (const [code, j] of Object.entries(value.judgements)) {
    if (isObj(j) && j.verdict === 'agree') judgements[code] = { verdict: 'agree' };
    else if (isObj(j) && j.verdict === 'override' && STATUSES.includes(String(j.status)) && typeof j.reason === 'string' && j.reason.trim()) {
      judgements[code] = { verdict: 'override', status: j.status as CriterionStatus, reason: j.reason };
    }
  }
  const comments: ReviewComment[] = value.comments
    .filter((c): c is Obj => isObj(c) && typeof c.text === 'string')
    .map((c) => (typeof c.turn === 'number' ? { turn: c.turn, text: c.text as string } : { text: c.text as string }));
  const review: Review = { judgements, comments };
  if (typeof value.signedBy === 'string' && typeof value.signedAt === 'string') {
    review.signedBy = value.signedBy;
    review.signedAt = value.signedAt;
  }
  return review;
}
